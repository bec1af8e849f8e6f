/// One thing a virtual user does during an iteration.
public enum Step: Sendable {
    /// Send an HTTP request, then capture values and run checks on the response.
    case request(RequestStep)
    /// Pause, as a real user would between actions.
    case think(ThinkTime, location: SourceLocation)
}

/// How long a user pauses.
public enum ThinkTime: Sendable, Equatable {
    case fixed(Duration)
    /// Uniformly distributed between the bounds, both included.
    case uniform(min: Duration, max: Duration)
}

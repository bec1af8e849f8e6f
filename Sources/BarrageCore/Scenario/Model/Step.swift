/// One thing a virtual user does during an iteration.
public enum Step: Sendable {
    /// Send an HTTP request, then capture values and run checks on the response.
    case request(RequestStep)
    /// Pause, as a real user would between actions.
    case think(ThinkTime, location: SourceLocation)
    /// Named steps timed together (`group_duration`) whose requests carry the `group` tag.
    case group(GroupStep)
}

/// `- group: checkout` with its `steps:`; groups nest, and their tag is k6's `::outer::inner`.
public struct GroupStep: Sendable {
    /// The group's own name, as written.
    public var name: String
    public var steps: [Step]
    public var location: SourceLocation

    public init(name: String, steps: [Step], location: SourceLocation) {
        self.name = name
        self.steps = steps
        self.location = location
    }
}

/// How long a user pauses.
public enum ThinkTime: Sendable, Equatable {
    case fixed(Duration)
    /// Uniformly distributed between the bounds, both included.
    case uniform(min: Duration, max: Duration)
    /// Normally distributed, clamped to `[min, max]` so a long tail never stalls a VU.
    case normal(mean: Duration, standardDeviation: Duration, min: Duration, max: Duration)
    /// Exponentially distributed (memoryless pauses, as between independent arrivals), capped at `max`.
    case exponential(mean: Duration, max: Duration)
}

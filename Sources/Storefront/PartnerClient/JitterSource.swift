import Synchronization

/// The random numbers behind retry jitter, shared by concurrent calls; tests pass a seeded generator so
/// the delays a policy picks are reproducible.
public final class JitterSource: Sendable {
    private let generator: Mutex<any RandomNumberGenerator & Sendable>

    /// Wraps `generator`.
    public init(_ generator: some RandomNumberGenerator & Sendable) {
        self.generator = Mutex(generator)
    }

    /// The system's generator.
    public static func system() -> JitterSource { JitterSource(SystemRandomNumberGenerator()) }

    /// `policy`'s decision after `failure`, drawing the jitter from this source.
    public func decide(_ policy: BackoffPolicy, after failure: AttemptFailure, retriesSoFar: Int) -> RetryDecision {
        generator.withLock { generator in
            policy.decide(after: failure, retriesSoFar: retriesSoFar, using: &generator)
        }
    }
}

/// How long a value written with SET lives, mirroring SET's `EX` / `PX` options.
public enum RedisExpiration: Sendable, Hashable {
    /// `EX seconds`.
    case seconds(Int)
    /// `PX milliseconds`.
    case milliseconds(Int)

    /// Picks `PX` when `duration` is not whole seconds, so no precision is silently lost.
    public init(_ duration: Duration) {
        let milliseconds = Int(duration / .milliseconds(1))
        self = milliseconds % 1000 == 0 ? .seconds(milliseconds / 1000) : .milliseconds(milliseconds)
    }

    var arguments: [RedisArgument] {
        switch self {
        case .seconds(let value): ["EX", RedisArgument(value)]
        case .milliseconds(let value): ["PX", RedisArgument(value)]
        }
    }
}

/// When SET writes, mirroring SET's `NX` / `XX` options.
public enum RedisSetCondition: Sendable, Hashable {
    /// Always write.
    case always
    /// `NX`: only when the key does not exist (locks, first-writer-wins).
    case ifNotExists
    /// `XX`: only when the key already exists.
    case ifExists

    var arguments: [RedisArgument] {
        switch self {
        case .always: []
        case .ifNotExists: ["NX"]
        case .ifExists: ["XX"]
        }
    }
}

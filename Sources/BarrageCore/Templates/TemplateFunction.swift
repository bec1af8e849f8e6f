/// The functions templates may call. A closed list (no scripting runtime per VU) so each is
/// checked for name and arity when the plan loads.
public enum TemplateFunction: String, Sendable, Hashable, CaseIterable {
    /// `hmacSHA256(key, text)` in lower-case hex; `hmacSHA256(key, text, 'base64')` in base64.
    case hmacSHA256
    /// `hmacSHA256Base64(key, text)`: the base64 form, as Standard Webhooks signatures use.
    case hmacSHA256Base64
    /// `sha256(text)` in lower-case hex.
    case sha256
    /// `base64(text)`: standard alphabet with padding.
    case base64
    /// `randomInt(min, max)`, both included, from the VU's (seedable) generator.
    case randomInt
    /// `uuid()` or `${uuid}`: a version-4 UUID from the VU's generator.
    case uuid
    /// `timestamp()` or `${timestamp}`: Unix time in whole seconds.
    case timestamp
    /// `timestampMs()` or `${timestampMs}`: Unix time in milliseconds.
    case timestampMs

    /// How many arguments the function accepts.
    public var arity: ClosedRange<Int> {
        switch self {
        case .hmacSHA256: 2...3
        case .hmacSHA256Base64, .randomInt: 2...2
        case .sha256, .base64: 1...1
        case .uuid, .timestamp, .timestampMs: 0...0
        }
    }

    /// The call as documented, for error messages.
    public var signature: String {
        switch self {
        case .hmacSHA256: "hmacSHA256(key, text[, 'hex'|'base64'])"
        case .hmacSHA256Base64: "hmacSHA256Base64(key, text)"
        case .sha256: "sha256(text)"
        case .base64: "base64(text)"
        case .randomInt: "randomInt(min, max)"
        case .uuid: "uuid()"
        case .timestamp: "timestamp()"
        case .timestampMs: "timestampMs()"
        }
    }

    /// The functions that also read as bare built-in variables (`${uuid}`).
    public static let bareNames: Set<String> = ["uuid", "timestamp", "timestampMs"]
}

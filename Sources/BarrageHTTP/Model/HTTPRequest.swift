/// One request as the runner has already rendered it (variables substituted, query
/// percent-encoded). It is plain data so the runner can build it anywhere and hand
/// it to the connection's event loop without copying bytes twice.
public struct HTTPRequest: Sendable {
    /// The method token, sent verbatim (`GET`, `POST`, ...).
    public var method: String { didSet { reuseKey = nil } }
    /// Path plus `?query`, already percent-encoded; sent verbatim.
    public var target: String { didSet { reuseKey = nil } }
    /// Sent in order. `Host` and `Content-Length` are added only when absent. Values
    /// are not checked for CR/LF: the scenario validator owns that.
    public var headers: [(name: String, value: String)] { didSet { reuseKey = nil } }
    /// The request body; nil sends none (POST/PUT/PATCH still get `Content-Length: 0`).
    public var body: [UInt8]? { didSet { reuseKey = nil } }
    /// Budget for the whole exchange, connect included; past it the result is a timeout.
    public var timeout: Duration
    /// How many body bytes the result keeps for checks and captures. Larger bodies are
    /// still read and counted, only not stored, so memory per VU stays bounded.
    public var maxBodyBytes: Int
    /// Whether anything reads a successful response's body. When false the body is still read and
    /// counted, but kept only for a status of 400 or above (an error sample shows it): most load
    /// requests check only the status, and keeping their bodies cost an allocation and a copy each.
    public var readsBody: Bool
    /// Whether anything reads the response's headers by name. When false they are parsed and
    /// checked but not kept (unless they set a cookie), sparing a copy per response.
    public var readsHeaders: Bool
    /// Set when this request is byte for byte the same every time it is sent with this key (a step
    /// without variables): a connection then encodes it once and writes the same bytes again, since
    /// encoding a static request per send was a measurable share of a closed-loop request's cost.
    /// Changing the method, target, headers or body clears it.
    public var reuseKey: ReuseKey?

    /// The identity of a request that never changes; compared by reference.
    public final class ReuseKey: Sendable {
        public init() {}
    }

    /// Builds a request; defaults suit a plain GET with k6's 60 s timeout.
    public init(
        method: String = "GET",
        target: String,
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil,
        timeout: Duration = .seconds(60),
        maxBodyBytes: Int = 64 * 1024,
        readsBody: Bool = true,
        readsHeaders: Bool = true,
        reuseKey: ReuseKey? = nil
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.readsBody = readsBody
        self.readsHeaders = readsHeaders
        self.reuseKey = reuseKey
    }
}

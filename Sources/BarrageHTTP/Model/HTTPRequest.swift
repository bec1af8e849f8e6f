/// One request as the runner has already rendered it (variables substituted, query
/// percent-encoded). It is plain data so the runner can build it anywhere and hand
/// it to the connection's event loop without copying bytes twice.
public struct HTTPRequest: Sendable {
    /// The method token, sent verbatim (`GET`, `POST`, ...).
    public var method: String
    /// Path plus `?query`, already percent-encoded; sent verbatim.
    public var target: String
    /// Sent in order. `Host` and `Content-Length` are added only when absent. Values
    /// are not checked for CR/LF: the scenario validator owns that.
    public var headers: [(name: String, value: String)]
    /// The request body; nil sends none (POST/PUT/PATCH still get `Content-Length: 0`).
    public var body: [UInt8]?
    /// Budget for the whole exchange, connect included; past it the result is a timeout.
    public var timeout: Duration
    /// How many body bytes the result keeps for checks and captures. Larger bodies are
    /// still read and counted, only not stored, so memory per VU stays bounded.
    public var maxBodyBytes: Int
    /// Whether anything reads a successful response's body. When false the body is still read and
    /// counted, but kept only for a status of 400 or above (an error sample shows it): most load
    /// requests check only the status, and keeping their bodies cost an allocation and a copy each.
    public var readsBody: Bool

    /// Builds a request; defaults suit a plain GET with k6's 60 s timeout.
    public init(
        method: String = "GET",
        target: String,
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil,
        timeout: Duration = .seconds(60),
        maxBodyBytes: Int = 64 * 1024,
        readsBody: Bool = true
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.readsBody = readsBody
    }
}

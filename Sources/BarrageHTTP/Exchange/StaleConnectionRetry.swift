/// Decides whether a request that died with its connection may be sent again. A
/// kept-alive connection the server closed while idle is indistinguishable from one
/// it closed just as our request arrived; like browsers and Go's client we retry
/// once, on a fresh connection, when the server cannot have acted on the request.
enum StaleConnectionRetry {
    /// Methods RFC 9110 calls idempotent: sending them twice is harmless.
    static func isIdempotent(_ method: String) -> Bool {
        switch method {
        case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE": true
        default: false
        }
    }

    /// True when the close is the stale-connection race rather than a real failure:
    /// the connection had served a request before, no response byte arrived, the
    /// method is idempotent and this is the first retry.
    static func shouldRetry(
        method: String,
        connectionWasReused: Bool,
        sawResponseBytes: Bool,
        alreadyRetried: Bool
    ) -> Bool {
        connectionWasReused && !sawResponseBytes && !alreadyRetried && isIdempotent(method)
    }
}

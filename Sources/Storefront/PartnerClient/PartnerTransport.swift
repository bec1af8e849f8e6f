/// Sends one attempt to a partner; the retry and breaker logic in `PartnerClient` sits on top, so it is
/// tested with a scripted transport and no sockets.
public protocol PartnerTransport: Sendable {
    /// Performs one attempt within `timeout`; network errors and timeouts are returned, not thrown.
    func send(_ request: PartnerRequest, timeout: Duration) async -> PartnerExchange
    /// Releases connections and threads; called once when the dispatcher stops.
    func shutdown() async
}

/// The result of one attempt.
public enum PartnerExchange: Sendable, Hashable {
    /// The partner answered (any status).
    case response(PartnerResponse)
    /// No answer: `.network` or `.timeout`.
    case failed(AttemptFailure)
}

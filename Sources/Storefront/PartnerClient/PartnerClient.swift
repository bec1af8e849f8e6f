import Foundation

/// Calls partners through their circuit breakers with the retry policy: each attempt asks the breaker
/// first (an open breaker fails the call at once, without network I/O), failures that a later attempt
/// can fix are retried after the policy's jittered backoff or the partner's `Retry-After`, and every
/// attempt carries the request's one idempotency key.
public struct PartnerClient<Transport: PartnerTransport>: Sendable {
    /// Sends the attempts.
    public let transport: Transport
    /// The per-partner breakers.
    public let breakers: PartnerBreakers
    /// When and how often to retry.
    public let policy: BackoffPolicy
    /// The limit of one attempt.
    public let timeout: Duration
    /// Where the jitter comes from.
    public let jitter: JitterSource
    /// Waits between attempts; tests record the delays instead of sleeping.
    public let sleep: @Sendable (Duration) async throws -> Void
    /// Sees every attempt's outcome (the metrics counter uses it).
    public let onAttempt: @Sendable (Partner, PartnerAttemptOutcome) -> Void

    /// Creates a client.
    public init(
        transport: Transport,
        breakers: PartnerBreakers,
        policy: BackoffPolicy = BackoffPolicy(),
        timeout: Duration = .seconds(10),
        jitter: JitterSource = .system(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        onAttempt: @escaping @Sendable (Partner, PartnerAttemptOutcome) -> Void = { _, _ in }
    ) {
        self.transport = transport
        self.breakers = breakers
        self.policy = policy
        self.timeout = timeout
        self.jitter = jitter
        self.sleep = sleep
        self.onAttempt = onAttempt
    }

    /// Performs `request` until it succeeds, is refused, or the policy or breaker stops it. Right before
    /// every attempt `stillWanted` is asked: the world may have changed since the call was decided (an order
    /// cancelled while its payment partner was down, during a backoff or while the breaker was open), and a
    /// call no longer wanted ends as `.cancelled` without being sent.
    public func call(
        _ request: PartnerRequest, stillWanted: @Sendable () async -> Bool = { true }
    ) async throws(PartnerCallError) -> PartnerResponse {
        let partner = request.partner
        var retries = 0
        while true {
            if case .reject(let retryAfter) = breakers.requestPermission(for: partner) {
                onAttempt(partner, .shortCircuited)
                throw .circuitOpen(partner, retryAfter: retryAfter)
            }
            guard await stillWanted() else { throw .cancelled(partner) }
            let failure: AttemptFailure
            switch await transport.send(request, timeout: timeout) {
            case .response(let response) where (200..<300).contains(response.status):
                breakers.record(.success, for: partner)
                onAttempt(partner, .success)
                return response
            case .response(let response):
                let wait = response.retryAfter?.delay(nowUnixSeconds: Date().timeIntervalSince1970)
                failure = .status(response.status, retryAfter: wait)
            case .failed(let attemptFailure):
                failure = attemptFailure
            }
            breakers.record(failure.isRetryable ? .failure : .success, for: partner)
            onAttempt(partner, PartnerAttemptOutcome(failure))
            switch jitter.decide(policy, after: failure, retriesSoFar: retries) {
            case .retry(let delay):
                do { try await sleep(delay) } catch { throw .cancelled(partner) }
                retries += 1
            case .giveUp(.notRetryable(.status(let status, _))):
                throw .rejected(partner, status: status)
            case .giveUp(let reason):
                throw .exhausted(partner, reason)
            }
        }
    }
}

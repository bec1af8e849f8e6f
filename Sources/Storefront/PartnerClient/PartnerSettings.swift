/// Where the partners are and how the storefront calls them.
public struct PartnerSettings: Sendable, Equatable {
    /// Base URL of both partners (PARTNERS_URL); the paths `/payments` and `/emails` are appended.
    public var url: String = "http://127.0.0.1:18090"
    /// Limit of one attempt (PARTNER_TIMEOUT).
    public var timeout: Duration = .seconds(10)
    /// Retries after the first attempt (PARTNER_MAX_RETRIES).
    public var maxRetries: Int = 3
    /// Consecutive failures that open a partner's breaker (PARTNER_BREAKER_FAILURES).
    public var breakerFailures: Int = 5
    /// How long a breaker stays open before a trial call (PARTNER_BREAKER_OPEN).
    public var breakerOpenDuration: Duration = .seconds(30)
    /// How often the outbox dispatcher looks for due messages when idle (OUTBOX_POLL_INTERVAL).
    public var outboxPollInterval: Duration = .milliseconds(500)

    /// Creates the defaults.
    public init() {}

    /// The retry policy these settings describe.
    public var retryPolicy: BackoffPolicy { BackoffPolicy(maxRetries: maxRetries) }

    /// The breaker configuration these settings describe.
    public var breaker: CircuitBreakerConfiguration {
        CircuitBreakerConfiguration(failureThreshold: breakerFailures, openDuration: breakerOpenDuration)
    }
}

/// How the partner webhook is verified and limited and how often its worker polls.
public struct WebhookSettings: Sendable, Equatable {
    /// Active signing secrets (WEBHOOK_SECRETS, comma-separated `whsec_…`); any may match, for rotation.
    /// Empty means every delivery is refused.
    public var secrets: [WebhookSecret] = []
    /// Largest accepted distance between a delivery's timestamp and now, either way (WEBHOOK_TOLERANCE).
    public var tolerance: Duration = .seconds(300)
    /// Deliveries per partner per hour (WEBHOOK_RATE_LIMIT_PER_HOUR; 0 disables the limit).
    public var perHour: Int = 1000
    /// How often the worker looks for stored events when the queue is empty (WEBHOOK_POLL_INTERVAL).
    public var pollInterval: Duration = .milliseconds(500)

    /// Creates the defaults; the configuration loader overwrites them field by field.
    public init() {}
}

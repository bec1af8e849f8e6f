import Logging
import PostgresNIO
import Prometheus
import ServiceLifecycle

/// The partner side of the server, built once per application: the webhook endpoint and its worker, and
/// the outbox dispatcher with its breakers. The router mounts `webhooks`; the application runs `services`.
public struct PartnerIntegrations: Sendable {
    let webhooks: WebhookController
    let webhookProcessor: WebhookProcessor
    let outboxDispatcher: OutboxDispatcher<HTTPPartnerTransport>
    /// The per-partner breakers, exposed for readiness output and tests.
    public let breakers: PartnerBreakers

    /// Wires everything from the configuration; nothing connects until the services run.
    init(
        configuration: StorefrontConfiguration, postgres: PostgresClient, registry: PrometheusCollectorRegistry,
        rateLimiter: RateLimiter, outbox: OutboxDoorbell, instance: String, logger: Logger
    ) {
        let webhookMetrics = WebhookMetrics(registry: registry)
        let store = WebhookEventStore(client: postgres, logger: logger)
        let webhook = configuration.webhooks
        webhooks = WebhookController(
            verifier: WebhookVerifier(secrets: webhook.secrets, tolerance: webhook.tolerance),
            limiter: rateLimiter, policy: .webhook(perHour: webhook.perHour),
            store: store, metrics: webhookMetrics, logger: logger
        )
        webhookProcessor = WebhookProcessor(
            client: postgres, store: store, metrics: webhookMetrics, pollInterval: webhook.pollInterval, logger: logger)

        let partners = configuration.partners
        let metrics = IntegrationMetrics(registry: registry)
        let breakers = PartnerBreakers(
            configuration: partners.breaker,
            onChange: { partner, state in
                metrics.breakerChanged(partner, to: state)
                logger.notice("Partner circuit breaker changed", metadata: ["partner": "\(partner.rawValue)", "state": "\(state.label)"])
            })
        self.breakers = breakers
        // PARTNERS_URL was validated at start-up; the fallback is the documented default.
        let baseURL = PartnerBaseURL(partners.url) ?? PartnerBaseURL(PartnerSettings().url)!
        let transport = HTTPPartnerTransport(baseURL, timeout: partners.timeout)
        let client = PartnerClient(
            transport: transport, breakers: breakers, policy: partners.retryPolicy, timeout: partners.timeout,
            onAttempt: { metrics.attempted($0, $1) }
        )
        outboxDispatcher = OutboxDispatcher(
            store: OutboxStore(client: postgres, logger: logger), client: client, metrics: metrics,
            outboxMetrics: OutboxMetrics(registry: registry), doorbell: outbox,
            listener: PostgresListener(client: postgres, channel: OutboxDispatcher<HTTPPartnerTransport>.channel, logger: logger),
            instance: instance, pollInterval: partners.outboxPollInterval, logger: logger
        )
    }

    /// The background services to run beside the HTTP server.
    public var services: [any Service] { [webhookProcessor, outboxDispatcher] }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PostgresNIO
import TestSupport

@testable import Storefront

/// Signed deliveries and webhook-table reads for the webhook tests.
extension Harness {
    /// This test process's partner secret: random, so the partner's hourly counter in the shared Redis
    /// starts from zero in every run.
    static let webhookSecret = randomWebhookSecret()

    /// A fresh secret, i.e. a partner with its own rate-limit counter.
    static func randomWebhookSecret() -> WebhookSecret {
        WebhookSecret(key: (0..<32).map { _ in UInt8.random(in: 0...255) })
    }

    /// A configuration with `secret`, a fast worker and no reachable partners (so only webhooks change orders).
    static func webhookOverrides(secret: WebhookSecret = webhookSecret, pollInterval: String = "50ms") -> [ConfigurationKey: String] {
        [.webhookSecrets: secret.encoded, .webhookPollInterval: pollInterval, .partnersURL: "http://127.0.0.1:9"]
    }

    /// Posts `event` signed with `secret` at `timestamp`; `tamper` may change the body after signing.
    func deliver(
        _ event: PartnerWebhookEvent, id: String, secret: WebhookSecret = Harness.webhookSecret,
        timestamp: Int64 = Int64(Date().timeIntervalSince1970), tamper: (inout [UInt8]) -> Void = { _ in }
    ) async throws -> TestResponse {
        let signed = try WebhookSender(secret: secret).signed(event, id: id, timestamp: timestamp)
        var body = signed.body
        tamper(&body)
        var headers = HTTPFields()
        for field in signed.headers { headers[HTTPField.Name(field.name)!] = field.value }
        return try await client.execute(uri: "/api/webhooks/partner", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Stored rows for `id` and how many of them are processed, with the outcome of the last.
    func webhookRows(id: String) async throws -> (stored: Int, processed: Int, outcome: String?) {
        let rows = try await services.postgres.query(
            "SELECT count(*), count(processed_at), max(outcome) FROM webhook_events WHERE event_id = \(id)",
            logger: TestDatabase.logger
        )
        for try await (stored, processed, outcome) in rows.decode((Int, Int, String?).self) { return (stored, processed, outcome) }
        return (0, 0, nil)
    }

    /// All stored webhook rows.
    func webhookRowCount() async throws -> Int {
        let rows = try await services.postgres.query("SELECT count(*) FROM webhook_events", logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// The order's status as the database holds it.
    func orderStatus(_ id: UUID) async throws -> String? {
        let rows = try await services.postgres.query("SELECT status FROM orders WHERE id = \(id)", logger: TestDatabase.logger)
        for try await status in rows.decode(String.self) { return status }
        return nil
    }

    /// A pending order of one item, placed by a new user.
    func placeOrder() async throws -> Order {
        let admin = try await admin()
        let product = try await createProduct(admin: admin, stock: 10)
        let user = try await register()
        return try await order([(product.id, 1)], token: user.token).decode(Order.self)
    }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
func eventually(timeout: Duration = .seconds(10), _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

import BarrageHTTP
import Foundation

/// Delivers a signed Standard Webhooks request, as a partner would: used by `storefront partners
/// send-webhook` and by the simulator's payment relay.
public struct WebhookSender: Sendable {
    /// The secret to sign with.
    public var secret: WebhookSecret

    /// Creates a sender.
    public init(secret: WebhookSecret) {
        self.secret = secret
    }

    /// The body and the three signature headers for `event`, signed now (or at `timestamp`).
    public func signed(_ event: PartnerWebhookEvent, id: String, timestamp: Int64 = Int64(Date().timeIntervalSince1970)) throws
        -> (headers: [(name: String, value: String)], body: [UInt8])
    {
        let body = Array(try JSONEncoder().encode(event))
        let stamp = String(timestamp)
        let signature = WebhookSigner(secret: secret).signatureHeader(id: id, timestamp: stamp, body: body)
        return (
            [("webhook-id", id), ("webhook-timestamp", stamp), ("webhook-signature", signature), ("Content-Type", "application/json")],
            body
        )
    }

    /// POSTs `event` to `url` and returns the result (status, or `failure` when nothing came back).
    public func send(_ event: PartnerWebhookEvent, id: String, to url: String, using engine: HTTPClientEngine, timeout: Duration = .seconds(10))
        async throws(WebhookSendError) -> HTTPResult
    {
        guard let split = HTTPEndpoint.splitting(url: url) else { throw .invalidURL(url) }
        let request: (headers: [(name: String, value: String)], body: [UInt8])
        do { request = try signed(event, id: id) } catch { throw .encoding(String(describing: error)) }
        let connection = engine.makeConnection(to: split.endpoint)
        let result = await connection.execute(
            HTTPRequest(method: "POST", target: split.target, headers: request.headers, body: request.body, timeout: timeout)
        )
        await connection.close()
        return result
    }
}

extension WebhookSender {
    /// Sends one event on a short-lived client of its own (for the command line) and returns the status
    /// and body, or the network failure as text.
    public func sendOnce(_ event: PartnerWebhookEvent, id: String, to url: String) async throws(WebhookSendError)
        -> (status: Int?, body: String, failure: String?)
    {
        let engine = HTTPClientEngine(threads: 1)
        let result: HTTPResult
        do {
            result = try await send(event, id: id, to: url, using: engine)
        } catch {
            await engine.shutdown()
            throw error
        }
        await engine.shutdown()
        let failure = result.failure.map { "\($0.category.rawValue): \($0.message)" }
        return (result.status, String(decoding: result.body, as: UTF8.self), failure)
    }
}

/// Why a webhook could not be sent at all.
public enum WebhookSendError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The target is not an http(s) URL.
    case invalidURL(String)
    /// The event could not be encoded.
    case encoding(String)

    /// A one-line reason for the command line.
    public var description: String {
        switch self {
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .encoding(let reason): "could not encode the event: \(reason)"
        }
    }
}

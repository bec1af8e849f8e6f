import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

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

    /// POSTs `event` to `url` with `client` and returns the answer, whatever its status.
    public func send(_ event: PartnerWebhookEvent, id: String, to url: String, using client: HTTPClient, timeout: Duration = .seconds(10))
        async throws(WebhookSendError) -> WebhookSendResult
    {
        guard let components = URLComponents(string: url), ["http", "https"].contains(components.scheme?.lowercased()),
            components.host?.isEmpty == false
        else { throw .invalidURL(url) }
        let signed: (headers: [(name: String, value: String)], body: [UInt8])
        do { signed = try self.signed(event, id: id) } catch { throw .encoding(String(describing: error)) }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in signed.headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(signed.body)
        do {
            let response = try await client.execute(request, deadline: .now() + TimeAmount(timeout))
            let body = try await response.body.collect(upTo: 1 << 20)
            return WebhookSendResult(status: Int(response.status.code), body: String(buffer: body))
        } catch {
            throw .network(String(describing: error))
        }
    }

    /// Sends one event on a short-lived client of its own (for the command line).
    public func sendOnce(_ event: PartnerWebhookEvent, id: String, to url: String) async throws(WebhookSendError) -> WebhookSendResult {
        let client = Self.makeClient()
        let result: Result<WebhookSendResult, WebhookSendError>
        do { result = .success(try await send(event, id: id, to: url, using: client)) } catch { result = .failure(error) }
        try? await client.shutdown()
        return try result.get()
    }

    /// A client as a partner's webhook sender would use: no redirects (a webhook URL that redirects is a
    /// misconfiguration to see, not to follow).
    static func makeClient() -> HTTPClient {
        HTTPClient(
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            configuration: HTTPClient.Configuration(redirectConfiguration: .disallow)
        )
    }
}

/// The receiver's answer to one delivery.
public struct WebhookSendResult: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The body, as text.
    public var body: String
}

/// Why a webhook could not be delivered at all.
public enum WebhookSendError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The target is not an http(s) URL.
    case invalidURL(String)
    /// The event could not be encoded.
    case encoding(String)
    /// No answer came back: refused, reset, timed out.
    case network(String)

    /// A one-line reason for the command line.
    public var description: String {
        switch self {
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .encoding(let reason): "could not encode the event: \(reason)"
        case .network(let reason): "no answer: \(reason)"
        }
    }
}

import Logging
import PostgresNIO

/// Turns `NOTIFY channel, 'payload'` into calls of a closure with the payload, over one pooled connection
/// held for the purpose, so a background worker sleeps until there is work instead of polling for it.
///
/// The closure is also called (with an empty payload) each time the subscription restarts after a failure, because anything
/// committed while it was down sent no notification this listener saw (at the first start the worker's
/// own first poll covers that). After a failure it waits `retryDelay` and subscribes again; it returns
/// when its task is cancelled.
struct PostgresListener: Sendable {
    let client: PostgresClient
    let channel: String
    let logger: Logger
    var retryDelay: Duration = .seconds(1)

    func run(_ notified: @escaping @Sendable (String) -> Void) async {
        var resubscribing = false
        while !Task.isCancelled {
            do {
                try await client.withConnection { [resubscribing] connection in
                    try await connection.listen(on: channel) { notifications in
                        if resubscribing { notified("") }
                        for try await notification in notifications { notified(notification.payload) }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "Listening for notifications failed; subscribing again",
                    metadata: [
                        "channel": "\(channel)", "error": "\(String(reflecting: error))",
                    ])
            }
            resubscribing = true
            try? await Task.sleep(for: retryDelay)
        }
    }
}

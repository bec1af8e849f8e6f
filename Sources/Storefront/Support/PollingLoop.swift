import ServiceLifecycle

/// The loop of a background worker that polls PostgreSQL (the outbox dispatcher, the webhook
/// processor): a round of work, then a pause while there was nothing left to do.
///
/// On graceful shutdown only the pause is cut short; a round already running finishes — its
/// queries and partner calls are not cancelled half-way — and no new round starts. Cancelling a
/// round mid-transaction instead left leased database connections behind, and the server's
/// shutdown then waited for them forever.
enum PollingLoop {
    /// Runs `round` until graceful shutdown; `round` returns whether work is left (then the next
    /// round starts without pausing).
    static func run(every interval: Duration, _ round: () async -> Bool) async {
        var backlogged = false
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            if !backlogged {
                await cancelWhenGracefulShutdown {
                    try? await Task.sleep(for: interval)
                }
                if Task.isShuttingDownGracefully || Task.isCancelled { return }
            }
            backlogged = await round()
        }
    }
}

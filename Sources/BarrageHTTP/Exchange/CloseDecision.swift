/// What a channel closing means for the exchange in flight: the natural end of a
/// close-delimited body, the stale kept-alive race worth one retry, or a failure.
/// Decided from facts alone so every branch is tested without a socket.
enum CloseDecision: Equatable {
    /// The close ended a body that had no other framing.
    case completeResponse
    /// Send the request again on a fresh connection.
    case retry
    /// The exchange failed.
    case fail(HTTPFailure)

    /// Decides from what the parser saw and the error the channel reported, if any.
    init(
        closeEndsResponse: Bool,
        channelFailure: HTTPFailure?,
        method: String,
        connectionWasReused: Bool,
        sawResponseBytes: Bool,
        alreadyRetried: Bool
    ) {
        if closeEndsResponse {
            self = .completeResponse
            return
        }
        let closeLooksStale = channelFailure.map { $0.category == .connectionReset } ?? true
        if closeLooksStale,
            StaleConnectionRetry.shouldRetry(
                method: method,
                connectionWasReused: connectionWasReused,
                sawResponseBytes: sawResponseBytes,
                alreadyRetried: alreadyRetried
            )
        {
            self = .retry
            return
        }
        self = .fail(
            channelFailure
                ?? HTTPFailure(
                    .connectionReset,
                    sawResponseBytes ? "connection closed mid-response" : "connection closed before any response"
                ))
    }
}

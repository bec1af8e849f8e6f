extension RateLimitDecision {
    /// Reads the `[allowed, remaining, resetMs]` reply of `RateLimitScript.fixedWindow`;
    /// `nil` when the reply does not have that shape (so the caller can treat it as a Redis failure).
    public init?(scriptReply: [Int64], limit: Int) {
        guard scriptReply.count == 3, scriptReply[0] == 0 || scriptReply[0] == 1, scriptReply[1] >= 0 else {
            return nil
        }
        self.init(
            allowed: scriptReply[0] == 1,
            limit: limit,
            remaining: Int(scriptReply[1]),
            resetAfter: .milliseconds(max(0, scriptReply[2]))
        )
    }
}

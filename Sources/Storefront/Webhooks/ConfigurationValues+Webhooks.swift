import Foundation

extension ConfigurationValues {
    /// Reads WEBHOOK_*; each secret must be `whsec_` followed by non-empty base64.
    mutating func webhookSettings() -> WebhookSettings {
        var settings = WebhookSettings()
        let written = string(.webhookSecrets).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, text) in written.enumerated() {
            if let secret = WebhookSecret(text) {
                settings.secrets.append(secret)
            } else {
                fail(.webhookSecrets, "secret #\(index + 1) must be whsec_ followed by a base64 key")
            }
        }
        settings.tolerance = duration(.webhookTolerance, atLeast: .seconds(1), "must be at least 1s")
        settings.perHour = integer(.webhookRateLimitPerHour, in: 0...10_000_000)
        settings.pollInterval = positiveDuration(.webhookPollInterval)
        return settings
    }
}

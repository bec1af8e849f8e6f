import Foundation
import BarrageHTTP

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
        settings.tolerance = atLeastOneSecond(.webhookTolerance)
        settings.perHour = integer(.webhookRateLimitPerHour, in: 0...10_000_000)
        settings.pollInterval = nonZeroDuration(.webhookPollInterval)
        return settings
    }

    /// Reads PARTNERS_URL and PARTNER_*/OUTBOX_*.
    mutating func partnerSettings() -> PartnerSettings {
        var settings = PartnerSettings()
        settings.url = string(.partnersURL)
        if HTTPEndpoint.splitting(url: settings.url)?.endpoint.scheme != .http {
            fail(.partnersURL, "must be http://HOST[:PORT][/PATH], got \"\(settings.url)\"")
        }
        settings.timeout = nonZeroDuration(.partnerTimeout)
        settings.maxRetries = integer(.partnerMaxRetries, in: 0...10)
        settings.breakerFailures = integer(.partnerBreakerFailures, in: 1...1000)
        settings.breakerOpenDuration = nonZeroDuration(.partnerBreakerOpen)
        settings.outboxPollInterval = nonZeroDuration(.outboxPollInterval)
        return settings
    }

    private mutating func nonZeroDuration(_ key: ConfigurationKey) -> Duration {
        let value = duration(key)
        if value <= .zero, problems.allSatisfy({ $0.key != key }) {
            fail(key, "must be longer than zero")
        }
        return value
    }

    private mutating func atLeastOneSecond(_ key: ConfigurationKey) -> Duration {
        let value = duration(key)
        if value < .seconds(1), problems.allSatisfy({ $0.key != key }) {
            fail(key, "must be at least 1s")
        }
        return value
    }
}

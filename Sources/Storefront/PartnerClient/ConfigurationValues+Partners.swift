extension ConfigurationValues {
    /// Reads PARTNERS_URL and PARTNER_*/OUTBOX_*.
    mutating func partnerSettings() -> PartnerSettings {
        var settings = PartnerSettings()
        settings.url = string(.partnersURL)
        if PartnerBaseURL(settings.url) == nil {
            fail(.partnersURL, "must be http://HOST[:PORT][/PATH], got \"\(settings.url)\"")
        }
        settings.timeout = positiveDuration(.partnerTimeout)
        settings.maxRetries = integer(.partnerMaxRetries, in: 0...10)
        settings.breakerFailures = integer(.partnerBreakerFailures, in: 1...1000)
        settings.breakerOpenDuration = positiveDuration(.partnerBreakerOpen)
        settings.outboxPollInterval = positiveDuration(.outboxPollInterval)
        return settings
    }
}

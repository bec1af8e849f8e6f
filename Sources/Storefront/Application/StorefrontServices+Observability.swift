extension StorefrontServices {
    /// Samples this instance's PostgreSQL sessions into the pool gauges at each scrape.
    var databasePoolSampler: DatabasePoolSampler {
        DatabasePoolSampler(
            client: postgres, applicationName: applicationName, metrics: metrics.databasePool, logger: logger)
    }
}

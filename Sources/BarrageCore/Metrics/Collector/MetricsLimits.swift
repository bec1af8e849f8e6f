/// Bounds on what the collector keeps, so a run with unbounded tag values (IDs in URLs) or a very long
/// soak cannot exhaust memory. Exceeding a bound never loses overall totals.
public struct MetricsLimits: Sendable, Hashable {
    /// Seconds of per-second series kept (default one day); later seconds still count in the totals.
    public var seriesSeconds: Int
    /// Distinct request names with their own breakdown row (each row holds a histogram); later names
    /// share the row named ``overflowRequestName``.
    public var requestNames: Int
    /// Distinct tag sets whose routing is cached; others are matched on every sample (slower, same result).
    public var cachedTagSets: Int

    /// The row that collects requests whose name arrived after ``requestNames`` were already tracked.
    public static let overflowRequestName = "(other)"

    /// Creates limits; the defaults suit a day-long run with a few hundred request names.
    public init(seriesSeconds: Int = 86_400, requestNames: Int = 500, cachedTagSets: Int = 10_000) {
        self.seriesSeconds = seriesSeconds
        self.requestNames = requestNames
        self.cachedTagSets = cachedTagSets
    }
}

/// Where samples with one particular ``TagSet`` go besides their metric's overall aggregate: the tracked
/// sub-metrics they match, and their request-name row. Computed once per distinct tag set and cached,
/// so recording never re-matches filters.
struct TagRoute: Sendable {
    /// A tracked sub-metric the tag set matches, with the slot of its aggregate.
    struct Target: Sendable {
        let metric: BuiltinMetric
        let slot: Int
    }

    let targets: [Target]
    /// Index of the request-name row for the tag set's `name` tag; `nil` when it has none.
    let requestNameIndex: Int?
    /// The ``StageClock`` handle of the tag set's `scenario`; `nil` when that scenario has no stages.
    let stageScenario: Int?
}

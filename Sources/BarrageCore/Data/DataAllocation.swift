/// How the rows of a data file are handed to VUs and iterations.
public enum DataAllocation: Sendable, Equatable {
    /// Every VU walks the file from the top: iteration i reads row i (wrapping around).
    case sequential
    /// Each iteration reads a row drawn with the VU's (seedable) generator.
    case random
    /// VU n reads row n − 1 for all its iterations, so no two VUs ever share a row; the plan is
    /// refused when the file has fewer rows than the run can have VUs.
    case unique
    /// Each iteration, across all VUs, takes the next unused row; `onExhausted` says what happens
    /// once every row was used.
    case uniqueIteration(onExhausted: ExhaustionPolicy)

    /// The spelling in scenario files.
    public var name: String {
        switch self {
        case .sequential: "sequential"
        case .random: "random"
        case .unique: "unique"
        case .uniqueIteration: "unique-iteration"
        }
    }

    /// Every spelling accepted under `allocation:`.
    public static let names = ["sequential", "random", "unique", "unique-iteration"]
}

/// What `unique-iteration` does when every row has been used once.
public enum ExhaustionPolicy: String, Sendable, Equatable, CaseIterable {
    /// Stop starting iterations in the scenarios that read the file; the run ends normally.
    case stop
    /// Start again from the first row (rows are then reused, in order).
    case recycle
    /// Keep running, but each further iteration fails at once with the check
    /// `data <name> has an unused row` (and sends nothing).
    case fail
}

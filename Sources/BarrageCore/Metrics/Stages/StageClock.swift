/// Finds the stage a sample belongs to from its scenario and the moment it was sent, with plain
/// comparisons: the recording path looks the scenario up once per distinct tag set (``TagRoute``) and then
/// scans that scenario's few stage starts, so attributing a sample costs no allocation and no hashing.
struct StageClock: Sendable {
    /// Each scenario's windows, as indices into ``starts`` (a scenario's stages are contiguous, in order).
    private let ranges: [Range<Int>]
    private let scenarioIndex: [String: Int]
    /// Each window's start, in seconds on the collector's clock.
    private let starts: [Double]

    /// No stages: nothing is attributed.
    init() {
        self.init(windows: [])
    }

    /// The stages of `windows`, which must be on the collector's clock (see ``StageWindow/shifted(by:)``).
    init(windows: [StageWindow]) {
        var ranges: [Range<Int>] = []
        var index: [String: Int] = [:]
        var position = 0
        while position < windows.count {
            let scenario = windows[position].scenario
            var end = position + 1
            while end < windows.count, windows[end].scenario == scenario { end += 1 }
            if index[scenario] == nil {
                index[scenario] = ranges.count
                ranges.append(position..<end)
            }
            position = end
        }
        self.ranges = ranges
        self.scenarioIndex = index
        self.starts = windows.map(\.start.seconds)
    }

    /// The handle of the scenario named `name`, or `nil` when it has no stages (setup, teardown).
    func scenario(named name: String?) -> Int? {
        name.flatMap { scenarioIndex[$0] }
    }

    /// The window of `scenario` in effect at `seconds`: the last one started by then. Before the first
    /// stage the first one; after the last stage ended still the last one (its graceful-stop tail).
    func window(of scenario: Int, at seconds: Double) -> Int {
        let range = ranges[scenario]
        var chosen = range.lowerBound
        while chosen + 1 < range.upperBound, starts[chosen + 1] <= seconds {
            chosen += 1
        }
        return chosen
    }
}

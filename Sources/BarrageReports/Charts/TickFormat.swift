/// How a chart axis prints its tick values; a closed set so chart models stay plain, comparable values.
enum TickFormat: Sendable, Equatable {
    /// Seconds since the start as `m:ss`.
    case clock
    /// Plain numbers with separators.
    case number
    /// Milliseconds scaled to a readable unit.
    case milliseconds
    /// Shares in [0, 1] as percentages.
    case percent

    func text(_ value: Double) -> String {
        switch self {
        case .clock: ValueFormat.clock(seconds: value)
        case .number: ValueFormat.number(value)
        case .milliseconds: ValueFormat.milliseconds(value)
        case .percent: ValueFormat.trimmed(value * 100, digits: 1) + "%"
        }
    }
}

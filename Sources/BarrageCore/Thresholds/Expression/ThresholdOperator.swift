/// The comparison in a threshold expression; the threshold holds when `observed <op> bound` is true.
public enum ThresholdOperator: String, Sendable, Hashable, CaseIterable {
    /// `<`
    case lessThan = "<"
    /// `<=`
    case lessThanOrEqual = "<="
    /// `>`
    case greaterThan = ">"
    /// `>=`
    case greaterThanOrEqual = ">="
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="

    /// Whether `observed` satisfies the comparison against `bound`.
    public func holds(_ observed: Double, _ bound: Double) -> Bool {
        switch self {
        case .lessThan: observed < bound
        case .lessThanOrEqual: observed <= bound
        case .greaterThan: observed > bound
        case .greaterThanOrEqual: observed >= bound
        case .equal: observed == bound
        case .notEqual: observed != bound
        }
    }
}

/// One of a scenario's `flows:`: what a kind of user does, and how often it is chosen relative to
/// the others (`weight: 8` against `weight: 2` is 80 % of iterations).
public struct WeightedFlow: Sendable {
    /// The key under `flows:`; also the `flow` tag of its requests.
    public var name: String
    /// A positive number; only ratios matter.
    public var weight: Double
    public var steps: [Step]
    public var location: SourceLocation

    public init(name: String, weight: Double, steps: [Step], location: SourceLocation) {
        self.name = name
        self.weight = weight
        self.steps = steps
        self.location = location
    }
}

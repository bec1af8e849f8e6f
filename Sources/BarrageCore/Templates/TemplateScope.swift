import Foundation

/// What rendering a template needs from the outside world: variable values, randomness and the
/// clock. The runner's per-iteration scope implements it; tests use `LookupScope` with a fixed
/// generator so results are exact.
public protocol TemplateScope {
    /// The value of a run-time variable, or nil when it has none (a capture that did not match).
    mutating func variable(_ name: String) -> VariableValue?
    /// A uniformly drawn whole number in `range`.
    mutating func randomInt(in range: ClosedRange<Int>) -> Int
    /// 64 random bits, for UUIDs and random choices.
    mutating func randomBits() -> UInt64
    /// The wall-clock time for `timestamp` and `timestampMs`.
    func now() -> Date
}

/// A scope over a lookup closure and a seeded generator: what unit tests and the closure-based
/// `render` use.
public struct LookupScope: TemplateScope {
    private let lookup: (String) -> VariableValue?
    private var random: SeededGenerator
    private let clock: @Sendable () -> Date

    /// `seed` makes `uuid`, `randomInt` and random choices reproducible; `clock` fixes timestamps.
    public init(
        seed: UInt64 = 0, clock: @escaping @Sendable () -> Date = { Date() },
        values lookup: @escaping (String) -> VariableValue?
    ) {
        self.lookup = lookup
        self.random = SeededGenerator(seed: seed)
        self.clock = clock
    }

    /// A scope whose variables are all text.
    public init(
        seed: UInt64 = 0, clock: @escaping @Sendable () -> Date = { Date() }, _ lookup: @escaping (String) -> String?
    ) {
        self.init(seed: seed, clock: clock, values: { lookup($0).map(VariableValue.text) })
    }

    public mutating func variable(_ name: String) -> VariableValue? { lookup(name) }
    public mutating func randomInt(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    public mutating func randomBits() -> UInt64 { random.next() }
    public func now() -> Date { clock() }
}

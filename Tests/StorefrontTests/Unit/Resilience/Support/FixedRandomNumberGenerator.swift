/// Random generators for jitter tests: one that always returns the same word, and a seeded SplitMix64.
///
/// Only `.max` is safe as a fixed word: the standard library's bounded sampling rejects some
/// words (0 among them) and would draw again forever.
struct FixedRandomNumberGenerator: RandomNumberGenerator {
    var value: UInt64

    mutating func next() -> UInt64 { value }
}

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

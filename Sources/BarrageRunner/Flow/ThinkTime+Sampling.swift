import BarrageCore
import Foundation

extension ThinkTime {
    /// One pause drawn from the configured distribution with the VU's generator, so `--seed`
    /// reproduces it.
    func sample(using random: inout SeededGenerator) -> Duration {
        switch self {
        case .fixed(let duration):
            return duration
        case .uniform(let low, let high):
            let lowNanos = Int64(low.seconds * 1e9)
            let highNanos = Int64(high.seconds * 1e9)
            guard highNanos > lowNanos else { return low }
            return .nanoseconds(Int64.random(in: lowNanos...highNanos, using: &random))
        case .normal(let mean, let deviation, let low, let high):
            let first = max(random.nextUnitDouble(), .leastNonzeroMagnitude)
            let second = random.nextUnitDouble()
            let standard = (-2 * log(first)).squareRoot() * cos(2 * .pi * second)
            return Self.clamped(mean.seconds + standard * deviation.seconds, low.seconds, high.seconds)
        case .exponential(let mean, let high):
            let unit = max(random.nextUnitDouble(), .leastNonzeroMagnitude)
            return Self.clamped(-log(unit) * mean.seconds, 0, high.seconds)
        }
    }

    private static func clamped(_ seconds: Double, _ low: Double, _ high: Double) -> Duration {
        .nanoseconds(Int64(min(max(seconds, low), high) * 1e9))
    }
}

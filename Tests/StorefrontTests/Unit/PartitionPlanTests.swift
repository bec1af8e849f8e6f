import Foundation
import Testing

@testable import Storefront

@Suite struct PartitionPlanTests {
    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func coversTheCurrentMonthAndTheMonthsAhead() {
        let plan = PartitionPlan(now: date("2026-11-27T14:00:00Z"), monthsAhead: 3)
        #expect(
            plan.partitions.map(\.name) == ["orders_y2026m11", "orders_y2026m12", "orders_y2027m01", "orders_y2027m02"])
    }

    @Test func boundsAreWholeUTCMonths() {
        let partition = PartitionPlan(now: date("2026-12-31T23:59:59Z"), monthsAhead: 0).partitions[0]
        #expect(partition.from == date("2026-12-01T00:00:00Z"))
        #expect(partition.to == date("2027-01-01T00:00:00Z"))
    }

    @Test func consecutivePartitionsTouchWithoutGaps() {
        let partitions = PartitionPlan(now: date("2026-01-15T00:00:00Z"), monthsAhead: 12).partitions
        for (earlier, later) in zip(partitions, partitions.dropFirst()) {
            #expect(earlier.to == later.from)
        }
    }
}

import Foundation

/// Which monthly `orders` partitions must exist at a given moment: the current month and `monthsAhead`
/// after it (UTC). Pure, so month and year boundaries are unit-tested without a database.
struct PartitionPlan: Sendable, Equatable {
    /// One month's partition.
    struct Partition: Sendable, Equatable {
        /// e.g. `orders_y2026m01`.
        let name: String
        /// Inclusive lower bound, first instant of the month (UTC).
        let from: Date
        /// Exclusive upper bound, first instant of the next month (UTC).
        let to: Date
    }

    let partitions: [Partition]

    init(now: Date, monthsAhead: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: now)
        let monthStart = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: 1))!
        partitions = (0...max(0, monthsAhead)).map { offset in
            let from = calendar.date(byAdding: .month, value: offset, to: monthStart)!
            let to = calendar.date(byAdding: .month, value: offset + 1, to: monthStart)!
            let fields = calendar.dateComponents([.year, .month], from: from)
            let name = String(format: "orders_y%04dm%02d", fields.year!, fields.month!)
            return Partition(name: name, from: from, to: to)
        }
    }
}

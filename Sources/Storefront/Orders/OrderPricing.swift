/// Computes an order's total from the prices read inside the order's transaction; never from the client.
enum OrderPricing {
    /// Σ unit price × quantity, or nil if it would overflow (which the CHECKed ranges make unreachable,
    /// but a wrong total must never be written).
    static func total(of lines: [(unitPrice: Int, quantity: Int)]) -> Int? {
        var total = 0
        for line in lines {
            let (lineTotal, overflowA) = line.unitPrice.multipliedReportingOverflow(by: line.quantity)
            let (sum, overflowB) = total.addingReportingOverflow(lineTotal)
            if overflowA || overflowB { return nil }
            total = sum
        }
        return total
    }
}

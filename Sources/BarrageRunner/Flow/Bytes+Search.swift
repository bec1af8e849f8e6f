/// Substring search over UTF-8 bytes, for `contains` checks. `String.contains(_:)` with a string
/// argument goes through Foundation's `range(of:)` on Linux, which showed in the profile of a check
/// per request; these compare bytes (which, for UTF-8, also finds exactly the same text).
extension Collection where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(of needle: some Collection<UInt8>) -> Bool {
        let pattern = Array(needle)
        guard let first = pattern.first else { return true }
        guard pattern.count <= count else { return false }
        var index = startIndex
        while let candidate = self[index...].firstIndex(of: first) {
            if self[candidate...].starts(with: pattern) { return true }
            index = self.index(after: candidate)
        }
        return false
    }
}

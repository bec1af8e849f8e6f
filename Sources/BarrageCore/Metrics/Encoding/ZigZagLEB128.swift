/// HdrHistogram's variable-length integer encoding: ZigZag (so small negative numbers stay short) then
/// LEB128 in at most 9 bytes (eight 7-bit groups, then a last byte of 8 bits). Counts are mostly small, so
/// most take one byte; a negative number is a run of empty buckets.
enum ZigZagLEB128 {
    /// Appends `value`.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        var remaining = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        for _ in 0..<8 {
            if remaining < 0x80 {
                bytes.append(UInt8(remaining))
                return
            }
            bytes.append(UInt8(remaining & 0x7F) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: remaining))
    }

    /// Reads one value at `offset`, advancing it; `nil` when the bytes end inside a value.
    static func read(_ bytes: [UInt8], at offset: inout Int) -> Int64? {
        var result: UInt64 = 0
        for group in 0..<9 {
            guard offset < bytes.count else { return nil }
            let byte = bytes[offset]
            offset += 1
            if group == 8 {
                result |= UInt64(byte) << 56
                break
            }
            result |= UInt64(byte & 0x7F) << (7 * UInt64(group))
            if byte & 0x80 == 0 { break }
        }
        return Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1)
    }
}

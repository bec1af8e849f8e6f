import Foundation
import Histogram

/// A histogram in HdrHistogram's standard compressed form (the V2 encoding, DEFLATE-compressed, in
/// base64 — the `HISTF…` strings of HdrHistogram's interval logs), so `summary.json` stays small and any
/// HdrHistogram library (Java, C, Go, Python `hdrh`) can read the histograms back.
///
/// Only the layout ``TrendAggregate`` uses is written and read: 3 significant digits, lowest discernible
/// value 1. Counts are laid out as HdrHistogram's counts array (bucket *b*, sub-bucket *s*); runs of empty
/// buckets are written as one negative number, so a latency distribution of a few thousand distinct buckets
/// takes a few kilobytes instead of a JSON array of pairs.
enum CompressedHistogram {
    /// The V2 encoding's cookie (with its word-size bits) and the compressed wrapper's.
    static let encodingCookie: UInt32 = 0x1C84_9313
    static let compressedCookie: UInt32 = 0x1C84_9314
    /// 3 significant digits: sub-buckets of 2¹¹, half of them per bucket above the first.
    private static let subBucketHalfCountMagnitude = 10
    private static let subBucketHalfCount = 1 << subBucketHalfCountMagnitude
    private static let subBucketMask: UInt64 = (1 << (subBucketHalfCountMagnitude + 1)) - 1

    /// The base64 text of `histogram`'s compressed encoding; `nil` if zlib fails.
    static func encode(_ histogram: Histogram<UInt64>) -> String? {
        var payload: [UInt8] = []
        var nextIndex = 0
        for bucket in histogram.recordedValues() where bucket.count > 0 {
            let index = countsIndex(of: bucket.value)
            let gap = index - nextIndex
            if gap == 1 {
                ZigZagLEB128.append(0, to: &payload)
            } else if gap > 1 {
                ZigZagLEB128.append(-Int64(gap), to: &payload)
            }
            ZigZagLEB128.append(Int64(clamping: bucket.count), to: &payload)
            nextIndex = index + 1
        }
        var encoded: [UInt8] = []
        appendBigEndian(encodingCookie, to: &encoded)
        appendBigEndian(UInt32(payload.count), to: &encoded)
        appendBigEndian(UInt32(0), to: &encoded)  // normalizing index offset
        appendBigEndian(UInt32(histogram.numberOfSignificantValueDigits.rawValue), to: &encoded)
        appendBigEndian(UInt64(1), to: &encoded)  // lowest discernible value
        appendBigEndian(Swift.max(histogram.highestTrackableValue, 2), to: &encoded)
        appendBigEndian((1.0).bitPattern, to: &encoded)  // integer-to-double conversion ratio
        encoded += payload
        guard let compressed = Deflate.compress(encoded) else { return nil }
        var wrapped: [UInt8] = []
        appendBigEndian(compressedCookie, to: &wrapped)
        appendBigEndian(UInt32(compressed.count), to: &wrapped)
        return Data(wrapped + compressed).base64EncodedString()
    }

    /// The histogram `text` encodes; `nil` when it is not a compressed V2 histogram of 3 significant digits
    /// and lowest discernible value 1, or is damaged.
    static func decode(_ text: String) -> Histogram<UInt64>? {
        guard let data = Data(base64Encoded: text) else { return nil }
        let wrapped = [UInt8](data)
        guard wrapped.count >= 8, readBigEndian(wrapped, at: 0) == compressedCookie,
            let encoded = Deflate.decompress(Array(wrapped.dropFirst(8))), encoded.count >= 40,
            readBigEndian(encoded, at: 0) == encodingCookie,
            readBigEndian(encoded, at: 12) == 3,
            readBigEndian64(encoded, at: 16) == 1
        else { return nil }
        let payloadLength = Int(readBigEndian(encoded, at: 4))
        guard 40 + payloadLength <= encoded.count else { return nil }
        let payload = Array(encoded[40..<(40 + payloadLength)])
        var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
        var offset = 0
        var index = 0
        while offset < payload.count {
            guard let value = ZigZagLEB128.read(payload, at: &offset) else { return nil }
            if value < 0 {
                index += Int(-value)
            } else {
                if value > 0 { histogram.record(valueAt(index: index), count: UInt64(value)) }
                index += 1
            }
        }
        return histogram
    }

    /// HdrHistogram's counts-array index of `value` for this layout.
    static func countsIndex(of value: UInt64) -> Int {
        let bucket = 64 - (subBucketHalfCountMagnitude + 1) - (value | subBucketMask).leadingZeroBitCount
        let subBucket = Int(value >> UInt64(bucket))
        return ((bucket + 1) << subBucketHalfCountMagnitude) + (subBucket - subBucketHalfCount)
    }

    /// The lowest value counted at `index`.
    static func valueAt(index: Int) -> UInt64 {
        var bucket = (index >> subBucketHalfCountMagnitude) - 1
        var subBucket = (index & (subBucketHalfCount - 1)) + subBucketHalfCount
        if bucket < 0 {
            subBucket -= subBucketHalfCount
            bucket = 0
        }
        return UInt64(subBucket) << UInt64(bucket)
    }

    private static func appendBigEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    private static func readBigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func readBigEndian64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes[offset..<(offset + 8)].reduce(0) { $0 << 8 | UInt64($1) }
    }
}

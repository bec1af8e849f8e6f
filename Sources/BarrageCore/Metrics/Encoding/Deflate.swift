import CZlib

/// zlib's DEFLATE in its zlib wrapper, as `java.util.zip.Deflater` writes it: the compression step of
/// HdrHistogram's compressed encoding.
enum Deflate {
    /// `bytes` compressed at the default level; `nil` only if zlib fails.
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &length, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(output.prefix(Int(length)))
    }

    /// `bytes` decompressed; `nil` when they are not a zlib stream or inflate to more than `limit` bytes.
    static func decompress(_ bytes: [UInt8], limit: Int = 64 << 20) -> [UInt8]? {
        var capacity = Swift.max(bytes.count * 4, 1024)
        while capacity <= limit {
            var length = uLong(capacity)
            var output = [UInt8](repeating: 0, count: capacity)
            let status = output.withUnsafeMutableBufferPointer { destination in
                bytes.withUnsafeBufferPointer { source in
                    uncompress(destination.baseAddress, &length, source.baseAddress, uLong(source.count))
                }
            }
            switch status {
            case Z_OK: return Array(output.prefix(Int(length)))
            case Z_BUF_ERROR: capacity *= 4
            default: return nil
            }
        }
        return nil
    }
}

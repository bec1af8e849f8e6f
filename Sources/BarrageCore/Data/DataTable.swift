/// The rows of one data file, loaded once and shared read-only by every VU.
///
/// Cells live in one UTF-8 byte buffer with an offset table, not as one `String` per cell: a
/// 100,000-row file costs its own size plus four bytes per cell, whatever the number of VUs, and
/// copies of the plan share the same storage.
public final class DataTable: Sendable, CustomStringConvertible {
    /// Column names in file order.
    public let columns: [String]
    /// Number of data rows (the header is not one).
    public let rowCount: Int
    private let bytes: [UInt8]
    /// Cell `i` (row-major) spans `offsets[i]..<offsets[i + 1]` of `bytes`.
    private let offsets: [UInt32]

    /// Builds the table from rows of cells; rows shorter than the header read as empty cells.
    public init(columns: [String], rows: some Sequence<[String]>) {
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        var count = 0
        for row in rows {
            for column in columns.indices {
                if column < row.count { bytes.append(contentsOf: row[column].utf8) }
                offsets.append(UInt32(bytes.count))
            }
            count += 1
        }
        self.columns = columns
        self.rowCount = count
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The text of one cell.
    public func cell(row: Int, column: Int) -> String {
        let index = row * columns.count + column
        return String(decoding: bytes[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }

    /// The position of `name` among the columns.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// Bytes held for cells and offsets, for the memory budget.
    public var storageBytes: Int { bytes.count + offsets.count * MemoryLayout<UInt32>.size }

    public var description: String { "\(rowCount) rows × \(columns.joined(separator: ","))" }
}

import Foundation

/// RFC 4180 CSV with a header row: quoted fields may hold commas, quotes (doubled) and line
/// breaks; CRLF and LF line ends are both accepted; a final empty line is ignored.
extension DataTable {
    /// Reads CSV text; throws when there is no header or a quoted field is left open.
    public static func parsingCSV(_ text: String) throws(DataFileProblem) -> DataTable {
        var records = CSVRecords(text)
        guard let header = try records.next(), !(header.count == 1 && header[0].isEmpty) else {
            throw DataFileProblem(problem: "the file is empty", expected: "a header row such as email,password")
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [[String]] = []
        while let record = try records.next() {
            if record.count == 1 && record[0].isEmpty { continue }
            rows.append(record)
        }
        return DataTable(columns: columns, rows: rows)
    }
}

/// Splits CSV text into records, one at a time.
private struct CSVRecords {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1

    init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    mutating func next() throws(DataFileProblem) -> [String]? {
        guard position < scalars.count else { return nil }
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        let recordLine = line
        var quoted = false
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if quoted {
                if scalar == "\"" {
                    if position < scalars.count, scalars[position] == "\"" {
                        field.append("\"")
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", position < scalars.count, scalars[position] == "\n" { position += 1 }
                line += 1
                fields.append(String(field))
                return fields
            } else {
                field.append(scalar)
            }
        }
        guard !quoted else {
            throw DataFileProblem(
                problem: "a quoted field opened on line \(recordLine) is never closed", expected: "a closing \"")
        }
        fields.append(String(field))
        return fields
    }
}

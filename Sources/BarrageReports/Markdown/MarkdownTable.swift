/// A GitHub-flavoured Markdown table; cells are given already escaped (``String/markdownCellEscaped`` or
/// ``String/markdownCode``) because some hold code spans.
struct MarkdownTable: Sendable {
    var headers: [String]
    /// Indices of right-aligned (numeric) columns.
    var numericColumns: Set<Int> = []
    var rows: [[String]]

    func render() -> String {
        var lines = ["| " + headers.joined(separator: " | ") + " |"]
        lines.append("|" + headers.indices.map { numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for row in rows {
            lines.append("| " + row.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

/// A table of escaped cells: the one way report sections emit tables, so every cell is escaped and
/// numeric columns align right.
struct HTMLTable: Sendable {
    /// One cell: text escaped on output, or markup the caller already escaped.
    struct Cell: Sendable {
        var html: String
        var cssClass: String?

        /// Plain text, escaped.
        static func text(_ text: String, class cssClass: String? = nil) -> Cell {
            Cell(html: text.htmlEscaped, cssClass: cssClass)
        }

        /// A right-aligned number.
        static func number(_ text: String) -> Cell {
            Cell(html: text.htmlEscaped, cssClass: "num")
        }

        /// Text in a code span, e.g. a threshold expression.
        static func code(_ text: String) -> Cell {
            Cell(html: "<code>\(text.htmlEscaped)</code>")
        }

        /// A ✓ or ✗ coloured by outcome.
        static func mark(_ passed: Bool, _ text: String? = nil) -> Cell {
            Cell(html: (text ?? (passed ? "✓" : "✗")).htmlEscaped, cssClass: passed ? "pass" : "fail")
        }
    }

    /// One row with an optional class (`fail` highlights it, `sub` indents it).
    struct Row: Sendable {
        var cells: [Cell]
        var cssClass: String?
    }

    var headers: [String]
    /// Indices of the columns holding numbers, right-aligned in the header too.
    var numericColumns: Set<Int> = []
    var rows: [Row]

    func render() -> String {
        var html = "<table>\n<thead><tr>"
        for (index, header) in headers.enumerated() {
            html += numericColumns.contains(index) ? "<th class=\"num\">" : "<th>"
            html += header.htmlEscaped + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += row.cssClass.map { "<tr class=\"\($0)\">" } ?? "<tr>"
            for cell in row.cells {
                html += cell.cssClass.map { "<td class=\"\($0)\">" } ?? "<td>"
                html += cell.html + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}

extension String {
    /// The text safe inside a Markdown table cell: pipes would split the cell, newlines would end the row,
    /// and GitHub renders raw HTML, so `<`, `>` and `&` become entities and emphasis characters are escaped.
    var markdownCellEscaped: String {
        var escaped = ""
        for character in self {
            switch character {
            case "|": escaped += "\\|"
            case "\\", "`", "*", "_", "[", "]": escaped += "\\\(character)"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension String {
    /// The text as an inline code span that survives a table cell: backticks cannot be escaped inside a
    /// span, so they become quotes; pipes still need their backslash in GitHub tables.
    var markdownCode: String {
        let inner = replacingOccurrences(of: "`", with: "'")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
        return "`" + inner + "`"
    }
}

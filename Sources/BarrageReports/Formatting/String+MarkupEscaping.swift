extension String {
    /// The text safe to place in HTML or SVG content and quoted attributes: every user-supplied string
    /// (request names, response bodies, check names) goes through this, so a body holding `<script>`
    /// shows as text instead of running.
    var htmlEscaped: String { escaped(Self.htmlReferences) }

    /// The text safe for XML content and attributes (JUnit). XML 1.0 forbids most control characters even
    /// when escaped, so they become U+FFFD rather than making the file unparsable; newlines and tabs in
    /// attributes are written as character references so parsers keep them.
    var xmlEscaped: String { escaped(Self.xmlReferences) }

    private static let htmlReferences: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    private static let xmlReferences: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;",
        "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",
    ]

    /// Replaces each scalar that has a reference, keeps the rest when XML allows it, and puts U+FFFD in
    /// place of what XML forbids.
    private func escaped(_ references: [Unicode.Scalar: String]) -> String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let reference = references[scalar] {
                escaped += reference
            } else if Self.isAllowedInXML(scalar) {
                escaped.unicodeScalars.append(scalar)
            } else {
                escaped += "\u{FFFD}"
            }
        }
        return escaped
    }

    /// XML 1.0's `Char` production: tab, newline, carriage return and everything from space upwards
    /// except surrogates (which Swift scalars never are) and the two non-characters U+FFFE/U+FFFF.
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

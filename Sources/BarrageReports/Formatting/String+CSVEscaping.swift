extension String {
    /// The text as one RFC 4180 field: quoted, with quotes doubled, only when it holds a separator, quote or
    /// line break, so plain numbers stay plain for spreadsheets.
    var csvField: String {
        guard contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return self }
        return "\"" + replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

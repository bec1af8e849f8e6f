extension String {
    /// The text padded with spaces to `width` characters (never truncated), for aligned columns.
    func padded(to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: Swift.max(width - count, 0))
        return alignRight ? padding + self : self + padding
    }

    /// The line without trailing spaces, which padding leaves behind on the last column.
    var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

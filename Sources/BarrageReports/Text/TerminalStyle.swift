/// ANSI styling that disappears when colours are off (output piped to a file or CI log without colour),
/// so the text summary is written once for both.
struct TerminalStyle: Sendable {
    var colors: Bool

    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func bold(_ text: String) -> String { wrap(text, "1") }

    /// `✓` in green or `✗` in red.
    func mark(_ passed: Bool) -> String {
        passed ? green("✓") : red("✗")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The raw lines of a scenario file, so an error inside a scalar (the `${` of an unresolved
/// variable, the bad character of a JSON path) can point at its own column rather than the
/// scalar's start.
struct SourceText {
    private let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    /// The `occurrence`-th (0-based) appearance of `needle` at or after line:column (1-based,
    /// columns in Unicode scalars as libYAML counts them), searching a few lines on for
    /// multi-line scalars.
    func find(_ needle: String, from line: Int, column: Int, occurrence: Int = 0) -> (line: Int, column: Int)? {
        var remaining = occurrence
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty else { return nil }
        let lastLine = min(lines.count, line + 50)
        guard line >= 1, line <= lastLine else { return nil }
        for lineNumber in line...lastLine {
            let scalars = lines[lineNumber - 1]
            let startIndex = lineNumber == line ? max(0, column - 1) : 0
            guard startIndex + pattern.count <= scalars.count else { continue }
            for index in startIndex...(scalars.count - pattern.count)
            where scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                if remaining == 0 { return (lineNumber, index + 1) }
                remaining -= 1
            }
        }
        return nil
    }
}

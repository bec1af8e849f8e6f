/// A position in a scenario file, so every error and every report row can point the user at the line
/// that produced it.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it on the command line.
    public var file: String
    /// Line number, starting at 1.
    public var line: Int
    /// Column number, starting at 1.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

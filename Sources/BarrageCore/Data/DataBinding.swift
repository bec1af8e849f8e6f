/// A `data:` entry: a name templates read columns through (`${users.email}`), the file's rows and
/// how rows are allocated.
public struct DataBinding: Sendable {
    /// The name before the dot in `${name.column}`.
    public var name: String
    /// The file as resolved (relative paths are taken from the scenario file's folder).
    public var path: String
    /// The rows, shared by reference: copies of the plan do not copy them.
    public var table: DataTable
    public var allocation: DataAllocation
    public var location: SourceLocation

    public init(name: String, path: String, table: DataTable, allocation: DataAllocation, location: SourceLocation) {
        self.name = name
        self.path = path
        self.table = table
        self.allocation = allocation
        self.location = location
    }

    /// The run-time variable names this binding provides: `name.column` for each column.
    public var variableNames: [String] {
        table.columns.map { "\(name).\($0)" }
    }
}

/// A JSON array of objects (one row each; columns are the keys of all objects, first seen first)
/// or of scalars (one column named `value`). Nested values are kept as compact JSON text.
extension DataTable {
    /// Reads JSON text; throws when it is not a non-empty array of objects or scalars.
    public static func parsingJSON(_ text: String) throws(DataFileProblem) -> DataTable {
        let document: JSONValue
        do {
            document = try JSONValue(jsonText: text)
        } catch {
            throw DataFileProblem(problem: "not valid JSON: \(error)", expected: "a JSON array")
        }
        guard case .array(let elements) = document else {
            throw DataFileProblem(problem: "the JSON document is not an array", expected: "a JSON array of objects")
        }
        guard !elements.isEmpty else {
            throw DataFileProblem(problem: "the file is empty", expected: "a JSON array with at least one element")
        }
        let objects = elements.compactMap { element -> [String: JSONValue]? in
            if case .object(let members) = element { members } else { nil }
        }
        guard objects.count == elements.count else {
            return DataTable(columns: ["value"], rows: elements.map { [$0.captureText] })
        }
        var columns: [String] = []
        for object in objects {
            for key in object.keys.sorted() where !columns.contains(key) { columns.append(key) }
        }
        return DataTable(
            columns: columns, rows: objects.map { object in columns.map { object[$0]?.captureText ?? "" } })
    }
}

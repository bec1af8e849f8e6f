import BarrageCore
import Testing

@Suite("data files load into a compact shared table")
struct DataTableTests {
    @Test("CSV: header row, quoted commas, doubled quotes, line breaks in quotes, CRLF")
    func csv() throws {
        let table = try DataTable.parsingCSV(
            "email,note\r\na@x.test,\"one, two\"\r\nb@x.test,\"say \"\"hi\"\"\nthere\"\r\n")
        #expect(table.columns == ["email", "note"])
        #expect(table.rowCount == 2)
        #expect(table.cell(row: 0, column: 1) == "one, two")
        #expect(table.cell(row: 1, column: 1) == "say \"hi\"\nthere")
    }

    @Test("a short CSV row reads as empty cells")
    func shortRow() throws {
        let table = try DataTable.parsingCSV("a,b\n1\n")
        #expect(table.cell(row: 0, column: 1) == "")
    }

    @Test("an empty CSV file is an error")
    func emptyCSV() {
        #expect(throws: DataFileProblem(problem: "the file is empty", expected: "a header row such as email,password")) {
            try DataTable.parsingCSV("")
        }
    }

    @Test("an unclosed quote names its line")
    func unclosedQuote() {
        #expect(throws: DataFileProblem.self) { try DataTable.parsingCSV("a\n\"x\n") }
    }

    @Test("JSON: an array of objects; columns are their keys, nested values stay JSON")
    func jsonObjects() throws {
        let table = try DataTable.parsingJSON(#"[{"sku":"A","tags":["x"]},{"sku":"B","qty":2}]"#)
        #expect(table.columns == ["sku", "tags", "qty"])
        #expect(table.cell(row: 0, column: 1) == #"["x"]"#)
        #expect(table.cell(row: 1, column: 2) == "2")
        #expect(table.cell(row: 0, column: 2) == "")
    }

    @Test("JSON: an array of scalars is one column named value")
    func jsonScalars() throws {
        let table = try DataTable.parsingJSON(#"["a", 2]"#)
        #expect(table.columns == ["value"])
        #expect(table.cell(row: 1, column: 0) == "2")
    }

    @Test("JSON that is not an array, or an empty array, is an error")
    func jsonErrors() {
        #expect(throws: DataFileProblem.self) { try DataTable.parsingJSON(#"{"a":1}"#) }
        #expect(throws: DataFileProblem.self) { try DataTable.parsingJSON("[]") }
    }

    @Test("100,000 rows cost the text plus four bytes per cell")
    func compactStorage() throws {
        let rows = (1...100_000).map { ["user\($0)@storefront.test", "password123"] }
        let table = DataTable(columns: ["email", "password"], rows: rows)
        let text = rows.reduce(0) { $0 + $1[0].utf8.count + $1[1].utf8.count }
        #expect(table.storageBytes <= text + 4 * (2 * 100_000 + 1))
        #expect(table.cell(row: 99_999, column: 0) == "user100000@storefront.test")
    }
}

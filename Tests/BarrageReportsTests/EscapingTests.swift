import Testing

@testable import BarrageReports

@Suite("Escaping")
struct EscapingTests {
    @Test("HTML escaping neutralises markup and quotes")
    func html() {
        #expect("<a href=\"x\">'&'</a>".htmlEscaped == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test("CSV fields are quoted only when needed")
    func csv() {
        #expect("12.5".csvField == "12.5")
        #expect("a,\"b\"".csvField == "\"a,\"\"b\"\"\"")
    }

    @Test("Markdown cells escape pipes, markup and line breaks")
    func markdown() {
        #expect("a|b<i>\nc".markdownCellEscaped == "a\\|b&lt;i&gt; c")
    }
}

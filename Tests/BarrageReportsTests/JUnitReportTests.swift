import BarrageCore
import BarrageReports
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("junit.xml")
struct JUnitReportTests {
    /// The parsed document's test cases and the suite's attributes.
    final class JUnitReader: NSObject, XMLParserDelegate {
        var suiteAttributes: [String: String] = [:]
        var testCases: [(name: String, failure: String?)] = []

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "testsuite": suiteAttributes = attributes
            case "testcase": testCases.append((attributes["name"] ?? "", nil))
            case "failure": testCases[testCases.count - 1].failure = attributes["message"]
            default: break
            }
        }

        static func read(_ xml: String) -> JUnitReader? {
            let reader = JUnitReader()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
    }

    @Test("one test case per threshold and per check, failed ones carrying the observed value")
    func testCases() throws {
        let reader = try #require(JUnitReader.read(JUnitReport.render(RunFixture().summary())))
        #expect(reader.testCases.count == 4)
        #expect(reader.testCases.filter { $0.failure != nil }.count == 2)
        let p95 = try #require(reader.testCases.first { $0.name == "http_req_duration: p(95)<500" })
        #expect(p95.failure?.contains("observed p(95)=") == true)
        #expect(reader.testCases.first { $0.name == "http_req_failed: rate<0.5" }?.failure == nil)
    }

    @Test("the suite's attributes count tests, failures and the run's duration")
    func suiteAttributes() throws {
        let reader = try #require(JUnitReader.read(JUnitReport.render(RunFixture().summary())))
        #expect(reader.suiteAttributes["tests"] == "4")
        #expect(reader.suiteAttributes["failures"] == "2")
        #expect(reader.suiteAttributes["time"] == "12.000")
        #expect(reader.suiteAttributes["name"] == "checkout-load")
    }

    @Test("markup and control characters in names survive as text")
    func escaping() throws {
        var fixture = RunFixture()
        fixture.checkName = "body has <b>\"quotes\" & 'apostrophes'\u{1}"
        let reader = try #require(JUnitReader.read(JUnitReport.render(fixture.summary())))
        #expect(reader.testCases.contains { $0.name == "body has <b>\"quotes\" & 'apostrophes'\u{FFFD}" })
    }
}

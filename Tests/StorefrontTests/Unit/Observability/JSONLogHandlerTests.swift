import Foundation
import Logging
import Synchronization
import Testing

@testable import Storefront

@Suite struct JSONLogHandlerTests {
    private func object(_ line: String) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(parsed as? [String: Any])
    }

    @Test func writesOneParsableObjectPerLineWithTheRequestID() throws {
        let line = JSONLogHandler.line(
            level: .error, label: "storefront", message: "quote \" and\nnewline",
            metadata: ["hb.request.id": "abc-123", "route": "/api/v1/products"], date: Date(timeIntervalSince1970: 0))
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let fields = try object(line)
        #expect(fields["request_id"] as? String == "abc-123")
        #expect(fields["message"] as? String == "quote \" and\nnewline")
        #expect(fields["level"] as? String == "error")
        #expect(fields["route"] as? String == "/api/v1/products")
        #expect(fields["hb.request.id"] == nil)
    }

    @Test func nestedMetadataStaysStructured() throws {
        let line = JSONLogHandler.line(
            level: .info, label: "l", message: "m", metadata: ["ids": ["1", "2"], "user": ["role": "admin"]], date: Date())
        let fields = try object(line)
        #expect(fields["ids"] as? [String] == ["1", "2"])
        #expect((fields["user"] as? [String: String])?["role"] == "admin")
    }

    @Test func theHandlerSendsLinesToItsSink() throws {
        let lines = LineCollector()
        var logger = Logger(label: "test") { JSONLogHandler(label: $0, sink: lines.append) }
        logger[metadataKey: "hb.request.id"] = "req-9"
        logger.info("hello")
        let fields = try object(try #require(lines.all.first))
        #expect(fields["request_id"] as? String == "req-9" && fields["message"] as? String == "hello")
    }
}

/// Collects log lines for inspection.
private final class LineCollector: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    @Sendable func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }
}

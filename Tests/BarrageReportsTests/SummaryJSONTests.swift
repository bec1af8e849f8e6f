import BarrageCore
import BarrageReports
import Foundation
import Testing

@Suite("summary.json")
struct SummaryJSONTests {
    @Test("a summary decodes back to an equal value")
    func roundTrip() throws {
        let summary = RunFixture().summary()
        let decoded = try RunSummary.decode(json: try summary.encodedJSON())
        #expect(decoded == summary)
    }

    @Test("dates are written as ISO-8601 text and keys are sorted")
    func notation() throws {
        let text = String(decoding: try RunFixture().summary().encodedJSON(), as: UTF8.self)
        #expect(text.contains("\"startedAt\" : \"2026-09-21T"))
        let topLevelKeys = ["\"checks\"", "\"errorSamples\"", "\"metrics\"", "\"run\"", "\"schemaVersion\"", "\"stages\"", "\"thresholds\""]
        let positions = topLevelKeys.compactMap { text.range(of: "\n  \($0)")?.lowerBound }
        #expect(positions.count == topLevelKeys.count)
        #expect(positions == positions.sorted())
    }

    @Test("a summary with an unknown schema version is rejected naming both versions")
    func unknownSchemaVersion() throws {
        var summary = RunFixture().summary()
        summary.schemaVersion = 99
        #expect(throws: SummaryLoadError.unsupportedSchemaVersion(found: 99, supported: RunSummary.currentSchemaVersion, file: nil)) {
            try RunSummary.decode(json: try summary.encodedJSON())
        }
    }

    @Test("a schema 1 summary (no stage tallies, self-check or monotonic length) still loads")
    func schemaOne() throws {
        let data = try RunFixture().summary().encodedJSON()
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["schemaVersion"] = 1
        json.removeValue(forKey: "generator")
        var metrics = try #require(json["metrics"] as? [String: Any])
        metrics.removeValue(forKey: "stages")
        json["metrics"] = metrics
        let loaded = try RunSummary.decode(json: JSONSerialization.data(withJSONObject: json))
        #expect(loaded.schemaVersion == 1)
        #expect(loaded.metrics.stages.isEmpty)
        #expect(loaded.run.durationSeconds == 12)
        #expect(StageStatistics.all(in: loaded).allSatisfy { $0.latency == nil })
    }

    @Test("a file that is not a summary is reported as malformed with the missing field")
    func malformed() {
        #expect {
            try RunSummary.decode(json: Data(#"{"schemaVersion": 1}"#.utf8))
        } throws: { error in
            guard case SummaryLoadError.malformed(_, let reason)? = error as? SummaryLoadError else { return false }
            return reason.contains("missing key")
        }
    }

    @Test("loading a folder without summary.json says which file is missing")
    func missingFile() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barrage-missing-\(UUID().uuidString)")
        #expect {
            try RunSummary.load(from: folder)
        } throws: { error in
            guard case SummaryLoadError.unreadable(let file, _)? = error as? SummaryLoadError else { return false }
            return file.lastPathComponent == "summary.json"
        }
    }
}

import BarrageCore
import BarrageReports
import Foundation
import Testing

@Suite("Report folder")
struct ReportWriterTests {
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("barrage-reports-\(UUID().uuidString)/run")
    }

    @Test("writes every report file and nothing else into a new folder")
    func writesAllFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try ReportWriter().writeAll(RunFixture().summary(), to: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ReportFile.allCases.map(\.rawValue).sorted())
    }

    @Test("the written summary loads back as the redacted summary")
    func loadsBack() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var summary = RunFixture().summary()
        summary.errorSamples[0].body = "Set-Cookie: sid=abc"
        try ReportWriter().writeAll(summary, to: folder)
        let loaded = try RunSummary.load(from: folder)
        #expect(loaded == Redaction().redact(summary))
        #expect(loaded.errorSamples[0].body == "Set-Cookie: [REDACTED]")
    }

    @Test("no report file contains a secret value")
    func noSecretsOnDisk() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var summary = RunFixture().summary()
        summary.errorSamples[0].body = "denied for key pa55word-42"
        summary.checks[0].name = "uses pa55word-42"
        try ReportWriter(redaction: Redaction(secrets: ["pa55word-42"])).writeAll(summary, to: folder)
        for file in ReportFile.allCases {
            let text = try String(contentsOf: folder.appendingPathComponent(file.rawValue), encoding: .utf8)
            #expect(!text.contains("pa55word-42"), "\(file.rawValue) leaks the secret")
        }
    }

    @Test("re-rendering a folder replaces its files in place")
    func rerender() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try ReportWriter().writeAll(RunFixture().summary(), to: folder)
        try ReportWriter().writeAll(try RunSummary.load(from: folder), to: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == ReportFile.allCases.count)
    }

    @Test("a run can be loaded from its folder or from its summary.json")
    func loadsFromFileOrFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try ReportWriter().writeAll(RunFixture().summary(), to: folder)
        let fromFile = try RunSummary.load(from: folder.appendingPathComponent(ReportFile.summaryJSON.rawValue))
        #expect(fromFile == (try RunSummary.load(from: folder)))
    }

    @Test("report files are 0644 in a 0755 folder whatever the umask")
    func fileModes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let previous = umask(0o077)
        defer { umask(previous) }
        try ReportWriter().writeAll(RunFixture().summary(), to: folder)
        func mode(_ url: URL) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        }
        #expect(try mode(folder) == 0o755)
        #expect(try mode(folder.deletingLastPathComponent()) == 0o755)
        for file in ReportFile.allCases {
            #expect(try mode(folder.appendingPathComponent(file.rawValue)) == 0o644, "\(file.rawValue)")
        }
    }
}

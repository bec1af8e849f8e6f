import BarrageCore
import BarrageReports
import Foundation
import Testing

@Suite("report.html in headless Chromium", .enabled(if: HeadlessChromium.executable != nil, "needs Debian's chromium"))
struct HTMLRenderingTests {
    @Test("renders offline without console messages and produces a screenshot")
    func rendersInChromium() async throws {
        let executable = try #require(HeadlessChromium.executable)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barrage-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ReportWriter().writeAll(RunFixture().summary(), to: folder)
        let screenshot = folder.appendingPathComponent("report.png")
        let rendering = try await HeadlessChromium(executable: executable)
            .render(folder.appendingPathComponent(ReportFile.html.rawValue), screenshot: screenshot)
        #expect(rendering.exitStatus == 0)
        #expect(!rendering.log.contains("CONSOLE"), "console output: \(rendering.log)")
        let png = try #require(rendering.screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000)
    }
}

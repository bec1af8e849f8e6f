import Foundation

/// Debian's `chromium` driven headless, to prove `report.html` renders in a real browser. Tests using it
/// are skipped on machines without it.
struct HeadlessChromium {
    /// What one rendering produced.
    struct Rendering {
        var exitStatus: Int32
        var screenshot: Data?
        var log: String
    }

    /// The browser binary, if installed.
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    let executable: URL

    /// Opens `page` offline, takes a full-height screenshot into `screenshot` and returns the browser's log,
    /// which carries any console message. The browser is killed after `timeout`.
    func render(_ page: URL, screenshot: URL, timeout: Duration = .seconds(60)) async throws -> Rendering {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--hide-scrollbars",
            "--enable-logging=stderr", "--v=0", "--window-size=1200,4000",
            "--screenshot=\(screenshot.path)", page.absoluteString,
        ]
        let logFile = screenshot.deletingLastPathComponent().appendingPathComponent("chromium.log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        defer { try? log.close() }
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let deadline = ContinuousClock.now + timeout
        // Polls with Task.sleep: blocking a thread of the cooperative pool for the seconds Chromium
        // takes would stall every other test running in the same process.
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return Rendering(
            exitStatus: process.terminationStatus,
            screenshot: try? Data(contentsOf: screenshot),
            log: (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        )
    }
}

import Foundation

/// A program of this package started for the end-to-end test (`storefront`, `barrage`), with its
/// output sent to a log file so a failing test can show it. Stopped with SIGTERM, by PID.
final class ChildProcess: @unchecked Sendable {
    let name: String
    let process = Process()
    let log: URL

    /// `.build/debug/<name>` of this package.
    static func binary(_ name: String) -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/\(name)")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    init(_ name: String, arguments: [String], environment: [String: String], logDirectory: URL) throws {
        self.name = name
        self.log = logDirectory.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8)).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = Self.binary(name)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = handle
        process.standardError = handle
        process.currentDirectoryURL = Self.packageRoot
        try process.run()
    }

    /// Waits for the exit, polling so no thread of the cooperative pool is blocked.
    func exitStatus(timeout: Duration) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                stop()
                throw EndToEndFailure("\(name) did not finish within \(timeout); log:\n\(output)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    /// Sends SIGTERM (graceful shutdown) if still running.
    func stop() {
        if process.isRunning { process.terminate() }
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
}

/// A failure with the context needed to understand it.
struct EndToEndFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

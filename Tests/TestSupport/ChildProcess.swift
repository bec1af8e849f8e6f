import Foundation
import Synchronization

/// A program of this package (`barrage`, `storefront`) started the way a user or CI starts it, with its
/// standard output and error written to files (a pipe could fill up and stall a chatty child), waited for
/// without blocking a thread of the cooperative pool, and stopped by its own PID.
public final class ChildProcess: Sendable {
    /// What a finished program left behind.
    public struct Outcome: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything it wrote to standard output.
        public var stdout: String
        /// Everything it wrote to standard error.
        public var stderr: String
    }

    /// The program's name, for messages.
    public let name: String
    private let process: Mutex<Process>
    private let stdoutFile: URL
    private let stderrFile: URL

    /// The package's root folder (this file is `Tests/TestSupport/ChildProcess.swift`).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `.build/debug/<name>` of this package, or the path in `<NAME>_BINARY` (e.g. `BARRAGE_BINARY`) when set.
    public static func binary(_ name: String) -> URL {
        if let override = ProcessInfo.processInfo.environment["\(name.uppercased())_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }

    /// Starts `name` with `arguments`, the test's environment plus `environment`, in the package root; its
    /// output goes to files in `logDirectory` (a fresh temporary folder by default).
    public init(_ name: String, arguments: [String], environment: [String: String] = [:], logDirectory: URL? = nil) throws {
        self.name = name
        let directory = try logDirectory ?? ScratchFolder().url
        let stem = "\(name)-\(UUID().uuidString.prefix(8))"
        stdoutFile = directory.appendingPathComponent("\(stem).out")
        stderrFile = directory.appendingPathComponent("\(stem).err")
        FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        let started = Process()
        started.executableURL = Self.binary(name)
        started.arguments = arguments
        started.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        started.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        started.standardError = try FileHandle(forWritingTo: stderrFile)
        started.currentDirectoryURL = Self.packageRoot
        try started.run()
        process = Mutex(started)
    }

    /// Runs `name` to completion (at most `timeout`) and returns what it left behind.
    public static func run(
        _ name: String, _ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> Outcome {
        try await ChildProcess(name, arguments: arguments, environment: environment).finish(timeout: timeout)
    }

    /// Whether it has not exited yet.
    public var isRunning: Bool { process.withLock { $0.isRunning } }

    /// Sends `signal` (e.g. SIGINT) to the program.
    public func signal(_ number: Int32) {
        process.withLock { _ = kill($0.processIdentifier, number) }
    }

    /// Sends SIGTERM (graceful shutdown) if it is still running.
    public func stop() {
        process.withLock { if $0.isRunning { $0.terminate() } }
    }

    /// Waits for the exit, polling, and returns the outcome; past `timeout` it is stopped and the wait fails
    /// with its output.
    public func finish(timeout: Duration = .seconds(60)) async throws -> Outcome {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            guard ContinuousClock.now < deadline else {
                stop()
                throw ChildProcessTimeout(name: name, timeout: timeout, output: output)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Outcome(status: process.withLock { $0.terminationStatus }, stdout: read(stdoutFile), stderr: read(stderrFile))
    }

    /// Standard output then standard error so far, for failure messages.
    public var output: String { read(stdoutFile) + read(stderrFile) }

    private func read(_ file: URL) -> String {
        (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}

/// A program did not finish in time; carries what it printed.
public struct ChildProcessTimeout: Error, CustomStringConvertible {
    /// The program.
    public var name: String
    /// How long it was given.
    public var timeout: Duration
    /// What it printed meanwhile.
    public var output: String

    /// One message with the output.
    public var description: String { "\(name) did not finish within \(timeout); output:\n\(output)" }
}

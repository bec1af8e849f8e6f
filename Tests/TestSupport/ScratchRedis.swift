import Foundation
import RedisWire
import Synchronization

/// A private redis-server child process on a port of its own, for tests that stop and restart Redis (which
/// the shared test server must not do).
public final class ScratchRedis: Sendable {
    /// The port it listens on.
    public let port: Int
    private let process = Mutex<Process?>(nil)

    /// A server to be started on `port` (by default one the kernel just handed out and released).
    public init(port: Int = FreePort.next()) {
        self.port = port
    }

    /// `redis://127.0.0.1:<port>`.
    public var url: String { "redis://127.0.0.1:\(port)" }

    /// Short timeouts, so a test of a stopped server fails fast.
    public var configuration: RedisConfiguration {
        RedisConfiguration(host: "127.0.0.1", port: port, connectTimeout: .seconds(1), commandTimeout: .seconds(2))
    }

    /// Starts redis-server and waits until it answers PING (at most 5 s).
    public func start() async throws {
        let executable = try Self.findRedisServer()
        let started = Process()
        started.executableURL = executable
        started.arguments = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        let output = Pipe()
        started.standardOutput = output
        started.standardError = output
        try started.run()
        process.withLock { $0 = started }
        let deadline = ContinuousClock.now.advanced(by: .seconds(5))
        while ContinuousClock.now < deadline, started.isRunning {
            if let connection = try? await RedisConnection.connect(configuration: configuration) {
                let answer = try? await connection.ping()
                await connection.close()
                if answer == "PONG" { return }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        stop()
        let log = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        throw ScratchRedisFailure(description: "redis-server on port \(port) did not answer within 5 s:\n\(log)")
    }

    /// Kills the server like a crash (SIGKILL: children of the test runner inherit a signal mask that
    /// blocks SIGTERM) and waits for it to exit.
    public func stop() {
        guard
            let running = process.withLock({ process in
                defer { process = nil }; return process
            })
        else { return }
        kill(running.processIdentifier, SIGKILL)
        running.waitUntilExit()
    }

    private static func findRedisServer() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("redis-server")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ScratchRedisFailure(description: "redis-server is not on PATH; run scripts/redis.sh start to install it")
    }
}

/// redis-server could not be started.
public struct ScratchRedisFailure: Error, CustomStringConvertible {
    /// What went wrong, with redis-server's own output when there was some.
    public var description: String
}

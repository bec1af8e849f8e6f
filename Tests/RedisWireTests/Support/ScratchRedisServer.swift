import Foundation
import RedisWire

/// A private redis-server child process on its own port, for tests that stop and restart Redis
/// (which the shared test server must not do).
struct ScratchRedisServer {
    let port: Int
    private var process: Process?

    init(port: Int) {
        self.port = port
    }

    var configuration: RedisConfiguration {
        RedisConfiguration(host: "127.0.0.1", port: port, connectTimeout: .seconds(1), commandTimeout: .seconds(2))
    }

    /// Starts redis-server and waits until it answers PING.
    mutating func start() async throws {
        let executable = try Self.findRedisServer()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let deadline = ContinuousClock.now.advanced(by: .seconds(5))
        while ContinuousClock.now < deadline {
            if let connection = try? await RedisConnection.connect(configuration: configuration) {
                defer { Task { await connection.close() } }
                if (try? await connection.ping()) == "PONG" { return }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ScratchRedisError(description: "redis-server on port \(port) did not answer within 5 s")
    }

    /// Kills the process (like a crash: SIGKILL, since children of the test runner inherit a
    /// signal mask that blocks SIGTERM) and waits for it to exit.
    mutating func stop() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    private static func findRedisServer() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("redis-server")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ScratchRedisError(description: "redis-server is not on PATH; run scripts/redis.sh start to install it")
    }
}

struct ScratchRedisError: Error, CustomStringConvertible {
    var description: String
}

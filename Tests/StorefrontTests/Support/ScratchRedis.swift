import Foundation
import RedisWire

/// A private redis-server child process on its own port, for tests that stop and restart Redis (which
/// the shared test server must not do). Same idea as RedisWireTests' scratch server.
final class ScratchRedis: @unchecked Sendable {
    let port: Int
    private var process: Process?
    private let lock = NSLock()

    init(port: Int = ScratchRedis.freePort()) {
        self.port = port
    }

    /// A port the kernel just handed out and released, so parallel tests do not pick the same one.
    static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : Int.random(in: 41_000...48_000)
    }

    /// `redis://127.0.0.1:<port>`.
    var url: String { "redis://127.0.0.1:\(port)" }

    /// Starts redis-server and waits until it answers PING.
    func start() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/redis-server")
        process.arguments = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        lock.withLock { self.process = process }
        let configuration = RedisConfiguration(host: "127.0.0.1", port: port, connectTimeout: .seconds(1))
        let deadline = ContinuousClock.now.advanced(by: .seconds(5))
        while ContinuousClock.now < deadline {
            guard process.isRunning else { break }
            if let connection = try? await RedisConnection.connect(configuration: configuration) {
                let answer = try? await connection.ping()
                await connection.close()
                if answer == "PONG" { return }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        stop()
        let log = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        throw ScratchRedisFailure(port: port, log: log)
    }

    /// Kills the server like a crash and waits for it to exit.
    func stop() {
        guard let process = lock.withLock({ self.process }) else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        lock.withLock { self.process = nil }
    }
}

/// redis-server did not come up.
struct ScratchRedisFailure: Error, CustomStringConvertible {
    var port: Int
    var log: String
    var description: String { "redis-server on port \(port) did not answer within 5 s:\n\(log)" }
}

import ArgumentParser
import Hummingbird
import Storefront

/// Starts the server with JSON-line logs on standard output; SIGTERM or SIGINT shuts it down gracefully.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTP server (migrates first).")

    @Option(name: .long, help: "Override HOST.") var host: String?
    @Option(name: .long, help: "Override PORT.") var port: Int?

    func run() async throws {
        JSONLogHandler.bootstrap()
        var configuration = try await loadConfiguration()
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        let app = try await buildApplication(configuration)
        try await app.runUntilStopped()
    }
}

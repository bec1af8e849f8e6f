import ArgumentParser
import Storefront

/// Applies pending migrations and creates the order partitions, then exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply database migrations and exit.")

    func run() async throws {
        let services = await StorefrontServices(configuration: try await loadConfiguration())
        try await services.withRunningDatabase { try await $0.prepareDatabase() }
        print("storefront: database is up to date")
    }
}

import ArgumentParser
import Foundation
import Storefront

/// Fills the database with realistic data for load tests and writes the users' credentials as CSV.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Create the admin (ADMIN_EMAIL/ADMIN_PASSWORD), N users and M products.",
        discussion: "Re-running is safe: existing users are kept and products are only added up to M."
    )

    @Option(name: .long, help: "Number of users to create.") var users: Int = 100
    @Option(name: .long, help: "Number of products to have.") var products: Int = 1000
    @Option(name: .long, help: "Password given to every seeded user.") var password: String = "password123"
    @Option(name: .customLong("credentials-csv"), help: "Write email,password of the seeded users to this file.")
    var credentialsCSV: String?

    func validate() throws {
        guard users >= 0, products >= 0 else { throw ValidationError("--users and --products must be >= 0") }
        guard password.count >= 8 else { throw ValidationError("--password must be at least 8 characters") }
    }

    func run() async throws {
        let services = await StorefrontServices(configuration: try await loadConfiguration())
        let adminEmail = try await ConfigurationLoader.value(of: "ADMIN_EMAIL")
        let adminPassword = try await ConfigurationLoader.value(of: "ADMIN_PASSWORD")
        let (users, products, password) = (self.users, self.products, self.password)
        let summary = try await services.withRunningDatabase { services in
            try await services.prepareDatabase()
            let seeder = Seeder(services: services, password: password)
            if let adminEmail, let adminPassword {
                try await seeder.ensureAdmin(email: adminEmail, password: adminPassword)
            }
            return try await seeder.seed(users: users, products: products)
        }
        if let credentialsCSV {
            try summary.credentials.write(toFile: credentialsCSV, atomically: true, encoding: .utf8)
        }
        let admin = adminEmail.map { " and admin \($0)" } ?? " (no admin: ADMIN_EMAIL/ADMIN_PASSWORD unset)"
        print("storefront: seeded \(summary.users) users and \(summary.products) products\(admin)")
    }
}

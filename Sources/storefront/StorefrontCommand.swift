import ArgumentParser

/// `storefront serve | migrate | seed | partners`: the reference server, its database chores and its partner simulator.
@main
struct StorefrontCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storefront",
        abstract: "Barrage's reference server: a REST API for users, products and orders on PostgreSQL.",
        discussion: "Configuration comes from environment variables and an optional .env file (see the README).",
        subcommands: [ServeCommand.self, MigrateCommand.self, SeedCommand.self, PartnersCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

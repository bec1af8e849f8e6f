import ArgumentParser
import Storefront

/// Loads the configuration, printing every problem and exiting non-zero instead of starting half-configured.
func loadConfiguration() async throws -> StorefrontConfiguration {
    do {
        return try await ConfigurationLoader.load()
    } catch let error as ConfigurationError {
        FileHandleStderr.write("storefront: \(error.description)\n")
        throw ExitCode(78)
    }
}

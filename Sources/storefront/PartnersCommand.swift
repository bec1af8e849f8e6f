import ArgumentParser
import Hummingbird
import Logging
import Storefront

/// `storefront partners`: the partner simulator (payment gateway and email system) on loopback, and a
/// tool that sends signed webhooks, so load tests can make the storefront's partners slow or failing.
struct PartnersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "Run the partner simulator, or send a signed webhook.",
        subcommands: [PartnersServeCommand.self, SendWebhookCommand.self],
        defaultSubcommand: PartnersServeCommand.self
    )
}

/// `storefront partners [serve]`: plays both partners until SIGINT/SIGTERM; the knobs can also be changed
/// while it runs with `POST /_control` (JSON: latency_ms, failure_rate, timeout_rate, rate_limit_rate, hang_ms).
struct PartnersServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Play the payment gateway (POST /payments) and the email system (POST /emails)."
    )

    @Option(name: .long, help: "Address to listen on (loopback).") var host = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on.") var port = 18090
    @Option(name: .long, help: "Latency added to every answer, e.g. 20ms.") var latency = "20ms"
    @Option(name: .customLong("failure-rate"), help: "Share of calls answered 503 (0…1).") var failureRate = 0.0
    @Option(name: .customLong("timeout-rate"), help: "Share of calls that hang past the client timeout (0…1).") var timeoutRate = 0.0
    @Option(name: .customLong("rate-limit-rate"), help: "Share of calls answered 429 (0…1).") var rateLimitRate = 0.0
    @Option(name: .customLong("hang"), help: "How long a hanging call waits before answering.") var hang = "15s"
    @Option(name: .customLong("webhook-url"), help: "After each new payment, POST a signed payment.succeeded here.")
    var webhookURL: String?
    @Option(name: .customLong("webhook-secret"), help: "whsec_… secret for --webhook-url (default: the first of WEBHOOK_SECRETS).")
    var webhookSecret: String?

    func validate() throws {
        guard let knobs = try? makeKnobs() else { throw ValidationError("--latency and --hang must be durations such as 20ms or 1s") }
        if let problem = knobs.problems.first { throw ValidationError(problem) }
    }

    func run() async throws {
        var logger = Logger(label: "partners")
        logger.logLevel = .notice
        let simulator = PartnerSimulator(knobs: try makeKnobs(), relay: try await makeRelay(logger: logger))
        let (host, port) = (self.host, self.port)
        let app = simulator.makeApplication(host: host, port: port, logger: logger) { bound in
            FileHandleStderr.write("partners: listening on http://\(host):\(bound) (payments, emails, _control, _stats)\n")
        }
        try await app.runUntilStopped()
    }

    private func makeKnobs() throws -> SimulatorKnobs {
        guard let latency = SimulatorKnobs.milliseconds(from: latency), let hang = SimulatorKnobs.milliseconds(from: hang) else {
            throw ValidationError("--latency and --hang must be durations such as 20ms or 1s")
        }
        return SimulatorKnobs(
            latencyMilliseconds: latency, failureRate: failureRate, timeoutRate: timeoutRate,
            rateLimitRate: rateLimitRate, hangMilliseconds: hang
        )
    }

    private func makeRelay(logger: Logger) async throws -> SimulatorWebhookRelay? {
        guard let webhookURL else { return nil }
        var written = webhookSecret
        if written == nil {
            written = try await ConfigurationLoader.value(of: "WEBHOOK_SECRETS")?.split(separator: ",").first.map(String.init)
        }
        guard let written, let secret = WebhookSecret(written) else {
            throw ValidationError("--webhook-url needs --webhook-secret whsec_… (or WEBHOOK_SECRETS)")
        }
        return SimulatorWebhookRelay(url: webhookURL, secret: secret, logger: logger)
    }
}

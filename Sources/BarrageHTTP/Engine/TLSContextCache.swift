import NIOSSL
import Synchronization

/// Builds the engine's one `NIOSSLContext` on first use and shares it: loading trust
/// roots takes milliseconds, and plain-HTTP runs should never pay for it.
final class TLSContextCache: Sendable {
    private let settings: HTTPClientEngine.TLS
    private let cached = Mutex<NIOSSLContext?>(nil)

    init(settings: HTTPClientEngine.TLS) {
        self.settings = settings
    }

    /// The shared context, created on the first call. Bad PEM surfaces here, as a TLS
    /// failure of the first https request.
    func context() throws -> NIOSSLContext {
        try cached.withLock { cached in
            if let cached { return cached }
            let context = try NIOSSLContext(configuration: makeConfiguration())
            cached = context
            return context
        }
    }

    private func makeConfiguration() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.applicationProtocols = ["http/1.1"]
        if settings.insecure {
            configuration.certificateVerification = .none
        }
        if !settings.additionalTrustRootsPEM.isEmpty {
            let certificates = try settings.additionalTrustRootsPEM.flatMap { pem in
                try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8))
            }
            configuration.additionalTrustRoots = [.certificates(certificates)]
        }
        return configuration
    }
}

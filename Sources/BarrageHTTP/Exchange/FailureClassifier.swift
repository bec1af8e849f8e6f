import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps the many error types NIO, NIOSSL and the parser raise onto the few
/// categories a load-test report counts. Kept apart from the I/O code so the mapping
/// is one readable table.
enum FailureClassifier {
    /// The failure for `error`, raised while talking to `endpoint`.
    static func failure(for error: any Error, endpoint: HTTPEndpoint) -> HTTPFailure {
        let target = "\(endpoint.host):\(endpoint.port)"
        switch error {
        case let failure as HTTPFailure:
            return failure
        case let error as HTTPParseError:
            return HTTPFailure(.protocol, "malformed response from \(target): \(error)")
        case let error as NIOConnectionError:
            if let attempt = error.connectionErrors.last {
                return failure(for: attempt.error, endpoint: endpoint)
            }
            return HTTPFailure(.dns, "cannot resolve \(endpoint.host): \(error)")
        case let error as IOError:
            return HTTPFailure(category(errno: error.errnoCode), "\(target): \(error)")
        case let error as ChannelError:
            if case .connectTimeout = error {
                return HTTPFailure(.timeout, "connect to \(target) timed out")
            }
            return HTTPFailure(.connectionReset, "\(target): \(error)")
        case is SocketAddressError:
            return HTTPFailure(.dns, "cannot resolve \(endpoint.host): \(error)")
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            return HTTPFailure(.tls, "TLS with \(target): \(error)")
        default:
            return HTTPFailure(.other, "\(target): \(error)")
        }
    }

    /// The category for a socket errno.
    static func category(errno: Int32) -> HTTPFailure.Category {
        switch errno {
        case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH: .connectionRefused
        case ECONNRESET, EPIPE, ECONNABORTED: .connectionReset
        case ETIMEDOUT: .timeout
        default: .other
        }
    }
}

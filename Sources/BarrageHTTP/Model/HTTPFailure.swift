/// Why a request produced no response. The category is what thresholds and summaries
/// group by; the message keeps the detail for error samples in reports.
public struct HTTPFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// A small closed set so reports can count errors per kind.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        /// The target actively refused the TCP connection.
        case connectionRefused
        /// The request's timeout elapsed (connect included).
        case timeout
        /// The connection closed or reset before the response was complete.
        case connectionReset
        /// TLS handshake or record-layer failure, including certificate rejection.
        case tls
        /// The response was not valid HTTP/1.1.
        case `protocol`
        /// The host name could not be resolved.
        case dns
        /// Anything else, such as misuse of a connection.
        case other
    }

    /// The kind of failure.
    public var category: Category
    /// Human-readable detail, kept for error samples.
    public var message: String

    /// Creates a failure.
    public init(_ category: Category, _ message: String) {
        self.category = category
        self.message = message
    }

    /// `category: message`, the form error samples print.
    public var description: String { "\(category.rawValue): \(message)" }
}

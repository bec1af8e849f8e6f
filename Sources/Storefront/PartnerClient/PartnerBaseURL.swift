import Foundation

/// PARTNERS_URL, checked once: plain `http://HOST[:PORT][/PATH]` (the partners are on a private network
/// or loopback; no query, fragment or credentials), kept without a trailing slash so each partner's path
/// is appended as it is.
struct PartnerBaseURL: Sendable, Hashable {
    /// `http://host:port/path`, no trailing slash.
    let text: String

    /// Nil unless `text` is an http URL with a host and nothing after its path.
    init?(_ text: String) {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "http",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil,
            components.user == nil, components.password == nil
        else { return nil }
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.text = trimmed
    }

    /// The URL of `partner`'s endpoint.
    func url(for partner: Partner) -> String { text + partner.path }
}

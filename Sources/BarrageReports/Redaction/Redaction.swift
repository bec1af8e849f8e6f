import Foundation

/// Keeps secrets out of report files and out of what the CLI prints (both end up in CI logs and pull
/// requests):
/// credentials in header-like text (`Authorization`, `Cookie`, `Set-Cookie`, bearer tokens) and the values
/// of environment variables the scenario marked secret are replaced by ``placeholder``.
public struct Redaction: Sendable, Equatable {
    /// What a redacted value reads as.
    public static let placeholder = "[REDACTED]"

    /// Header names whose values are always credentials, compared case-insensitively.
    public static let sensitiveHeaders = ["authorization", "proxy-authorization", "cookie", "set-cookie"]

    /// Literal values to remove wherever they appear (e.g. values of environment variables marked secret).
    public var secrets: [String]

    /// A redaction that removes sensitive header values and these literal `secrets`.
    public init(secrets: [String] = []) {
        self.secrets = secrets
    }

    /// `text` with every secret value, sensitive header value and bearer token replaced by ``placeholder``.
    public func redact(_ text: String) -> String {
        var redacted = text
        for secret in secrets.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            redacted = redacted.replacingOccurrences(of: secret, with: Self.placeholder)
        }
        for pattern in Self.patterns {
            redacted = pattern.replace(in: redacted)
        }
        return redacted
    }

    private static let headerAlternation =
        sensitiveHeaders
        .map { NSRegularExpression.escapedPattern(for: $0) }
        .joined(separator: "|")

    /// Header lines (`Cookie: a=b`), JSON members (`"authorization": "…"`), bearer tokens and the password
    /// of a URL's user info (`https://user:secret@host` → `https://user:[REDACTED]@host`) anywhere.
    private static let patterns: [RedactionPattern] = [
        RedactionPattern(#"(?im)^(\s*(?:\#(headerAlternation))\s*:[ \t]*)[^\r\n]+"#),
        RedactionPattern(#"(?i)("(?:\#(headerAlternation))"\s*:\s*")(?:[^"\\]|\\.)*(")"#),
        RedactionPattern(#"(?i)(\bbearer\s+)[A-Za-z0-9\-._~+/]{8,}=*"#),
        RedactionPattern(#"(\b[A-Za-z][A-Za-z0-9+.\-]*://[^/@:\s]*:)[^/@\s]+(@)"#),
    ]
}

/// One regular expression whose first capture group (and second, if any) is kept and the rest replaced:
/// the name of a header stays readable, its value does not.
struct RedactionPattern: Sendable, Equatable {
    let source: String

    init(_ source: String) {
        self.source = source
    }

    func replace(in text: String) -> String {
        guard let expression = try? NSRegularExpression(pattern: source) else { return text }
        let template =
            expression.numberOfCaptureGroups >= 2
            ? "$1\(Redaction.placeholder)$2"
            : "$1\(Redaction.placeholder)"
        let range = NSRange(text.startIndex..., in: text)
        return expression.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }
}

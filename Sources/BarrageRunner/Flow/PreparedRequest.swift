import BarrageCore
import BarrageHTTP

/// A request step with everything that cannot change between iterations worked out once, when the
/// scenario starts: which default headers it inherits, its `User-Agent` and `Content-Type`, and
/// the text of every template without variables. An iteration then renders only what varies.
/// (Merging headers per request compared names case-insensitively through Foundation, a measurable
/// share of a request's cost.)
struct PreparedRequest: Sendable {
    /// Text known in advance, or a template to render per iteration.
    enum Part: Sendable {
        case fixed(String)
        case rendered(Template)

        init(_ template: Template) {
            if template.isConstant, case .success(let text) = template.render({ _ in nil }) {
                self = .fixed(text)
            } else {
                self = .rendered(template)
            }
        }

        func text(in scope: inout some TemplateScope) throws(UnresolvedVariable) -> String {
            switch self {
            case .fixed(let text): text
            case .rendered(let template): try template.render(in: &scope).get()
            }
        }
    }

    /// The body, encoded in advance when it has no variables.
    enum Body: Sendable {
        case none
        case fixed([UInt8])
        case text(Template)
        case json(JSONTemplate)
        case form([QueryParameter])
    }

    /// Where the request goes: resolved in advance when the URL has no variables.
    enum Location: Sendable {
        case fixed(HTTPEndpoint, path: String)
        /// A URL with variables; a failure known in advance (a fixed URL to a host that is not
        /// allowed) is kept and reported at every attempt, as a rendered one would be.
        case rendered(Template)
        case invalid(RequestBuilder.Failure)
    }

    let step: RequestStep
    let location: Location
    /// `name=value` pairs, percent-encoded; fixed values are encoded in advance.
    let query: [(name: String, value: Part)]
    /// In the order they are sent: the step's own, the defaults it does not override, `User-Agent`
    /// unless set, and the body's `Content-Type` unless set.
    let headers: [(name: String, value: Part)]
    /// The headers as sent, when none has a variable: every request then shares this one array
    /// (with room for a `Cookie` header) instead of building its own.
    let fixedHeaders: [(name: String, value: String)]?
    let body: Body
    let timeout: Duration
    /// Whether a capture or check reads the response body (JSON paths, regular expressions, text).
    let readsBody: Bool
    /// Whether a capture or check reads a response header.
    let readsHeaders: Bool
    /// Present when nothing about the request varies (URL, query, headers and body are fixed), so
    /// every request built from it is the same bytes (``HTTPRequest/reuseKey``).
    let reuseKey: HTTPRequest.ReuseKey?

    init(_ step: RequestStep, builder: RequestBuilder) {
        let defaults = builder.defaults
        self.step = step
        var location: Location
        switch Part(step.url) {
        case .fixed(let url):
            switch builder.locate(url) {
            case .success(let located): location = .fixed(located.endpoint, path: located.path)
            case .failure(let failure): location = .invalid(failure)
            }
        case .rendered(let template):
            location = .rendered(template)
        }
        let query = step.query.map { parameter -> (name: String, value: Part) in
            let value = Part(parameter.value)
            if case .fixed(let text) = value {
                return (RequestBuilder.percentEncoded(parameter.name), .fixed(RequestBuilder.percentEncoded(text)))
            }
            return (RequestBuilder.percentEncoded(parameter.name), value)
        }
        // A fixed URL with a fixed query is one fixed request target.
        if case .fixed(let endpoint, let path) = location,
            let encoded = RequestBuilder.fixedQuery(query, after: path)
        {
            location = .fixed(endpoint, path: path + encoded)
            self.query = []
        } else {
            self.query = query
        }
        self.location = location
        var headers = step.headers.map { (name: $0.name, value: Part($0.value)) }
        for header in defaults.headers where !Self.contains(headers, header.name) {
            headers.append((header.name, Part(header.value)))
        }
        if !Self.contains(headers, "User-Agent") { headers.append(("User-Agent", .fixed(builder.userAgent))) }
        switch step.body {
        case .none:
            self.body = .none
        case .text(let template):
            if case .fixed(let text) = Part(template) {
                self.body = .fixed(Array(text.utf8))
            } else {
                self.body = .text(template)
            }
        case .json(let template):
            if template.isConstant, case .success(let bytes) = template.render({ _ in nil }) {
                self.body = .fixed(bytes)
            } else {
                self.body = .json(template)
            }
            if !Self.contains(headers, "Content-Type") { headers.append(("Content-Type", .fixed("application/json"))) }
        case .form(let fields):
            self.body = .form(fields)
            if !Self.contains(headers, "Content-Type") {
                headers.append(("Content-Type", .fixed("application/x-www-form-urlencoded")))
            }
        case .bytes(let bytes):
            self.body = .fixed(bytes)
        }
        self.headers = headers
        var fixed: [(name: String, value: String)] = []
        fixed.reserveCapacity(headers.count + 1)
        for header in headers {
            guard case .fixed(let value) = header.value else { break }
            fixed.append((header.name, value))
        }
        self.fixedHeaders = fixed.count == headers.count ? fixed : nil
        self.timeout = step.timeout ?? defaults.timeout
        let hasFixedBody =
            switch body {
            case .none, .fixed: true
            case .text, .json, .form: false
            }
        let hasFixedLocation = if case .fixed = location { true } else { false }
        self.reuseKey = hasFixedLocation && self.query.isEmpty && fixedHeaders != nil && hasFixedBody ? HTTPRequest.ReuseKey() : nil
        self.readsBody =
            step.captures.contains { capture in
                if case .header = capture.source { false } else { true }
            }
            || step.checks.contains { check in
                switch check.condition {
                case .jsonPath, .bodyContains, .bodyMatches: true
                case .status, .header, .durationBelow: false
                }
            }
        self.readsHeaders =
            step.captures.contains { capture in
                if case .header = capture.source { true } else { false }
            }
            || step.checks.contains { check in
                if case .header = check.condition { true } else { false }
            }
    }

    private static func contains(_ headers: [(name: String, value: Part)], _ name: String) -> Bool {
        headers.contains { RequestBuilder.sameHeaderName($0.name, name) }
    }
}

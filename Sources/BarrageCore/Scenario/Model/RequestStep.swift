/// An HTTP request of a flow together with what to take from and check on its response.
public struct RequestStep: Sendable {
    /// Upper-case HTTP method.
    public var method: String
    /// A path relative to the plan's target, or an absolute URL.
    public var url: Template
    /// Query parameters, appended percent-encoded in this order.
    public var query: [QueryParameter]
    /// Request headers; they override the defaults of the same name.
    public var headers: [HeaderTemplate]
    /// The request body, if any.
    public var body: RequestBody?
    /// Overrides the plan's default timeout.
    public var timeout: Duration?
    /// The `name` tag; groups dynamic URLs under one row of the report. Defaults to the URL template.
    public var name: String
    /// Tags added to this request's samples.
    public var tags: [String: String]
    /// Values taken from the response into variables for later steps.
    public var captures: [Capture]
    /// Assertions on the response, counted in the `checks` rate.
    public var checks: [Check]
    /// Statuses that count as success in `http_req_failed` and `expected_response`; nil keeps
    /// k6's default 200–399.
    public var expect: ExpectedStatuses?
    /// Where the step is defined.
    public var location: SourceLocation

    public init(
        method: String,
        url: Template,
        query: [QueryParameter] = [],
        headers: [HeaderTemplate] = [],
        body: RequestBody? = nil,
        timeout: Duration? = nil,
        name: String? = nil,
        tags: [String: String] = [:],
        captures: [Capture] = [],
        checks: [Check] = [],
        expect: ExpectedStatuses? = nil,
        location: SourceLocation
    ) {
        self.method = method
        self.url = url
        self.query = query
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.name = name ?? url.source
        self.tags = tags
        self.captures = captures
        self.checks = checks
        self.expect = expect
        self.location = location
    }
}

/// A header whose value may contain variables.
public struct HeaderTemplate: Sendable {
    public var name: String
    public var value: Template

    public init(name: String, value: Template) {
        self.name = name
        self.value = value
    }
}

/// A query parameter whose value may contain variables.
public struct QueryParameter: Sendable {
    public var name: String
    public var value: Template

    public init(name: String, value: Template) {
        self.name = name
        self.value = value
    }
}

/// What a request sends as its body.
public enum RequestBody: Sendable {
    /// A JSON document; sent with `Content-Type: application/json` unless a header says otherwise.
    case json(JSONTemplate)
    /// Raw text, sent as written.
    case text(Template)
    /// `application/x-www-form-urlencoded` fields, percent-encoded in this order.
    case form([QueryParameter])
    /// The bytes of a `bodyFile:`, read once when the plan loads.
    case bytes([UInt8])
}

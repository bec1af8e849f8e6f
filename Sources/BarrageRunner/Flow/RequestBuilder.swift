import BarrageCore
import BarrageHTTP

/// Turns a request step and the current variables into bytes-ready requests. Pure: no I/O, so
/// the URL, header and body rules are unit tested without a server.
struct RequestBuilder: Sendable {
    /// Where relative URLs go.
    let target: TargetURL
    let defaultEndpoint: HTTPEndpoint
    let defaults: RequestDefaults
    /// Response bytes to keep for captures, checks and error samples.
    let maxBodyBytes: Int
    /// Sent unless the plan sets its own `User-Agent`.
    let userAgent: String
    /// Which hosts absolute URLs built at run time may reach (loopback plus the allowed hosts).
    let hostPolicy: HostPolicy

    init(plan: TestPlan, maxBodyBytes: Int, userAgent: String) {
        self.target = plan.target
        self.defaultEndpoint = HTTPEndpoint(
            scheme: plan.target.scheme == "https" ? .https : .http, host: plan.target.host, port: plan.target.port
        )
        self.defaults = plan.defaults
        self.maxBodyBytes = maxBodyBytes
        self.userAgent = userAgent
        self.hostPolicy = HostPolicy(allowedHosts: plan.allowedHosts)
    }

    /// A request ready to send, and where to send it.
    struct Built: Sendable {
        var endpoint: HTTPEndpoint
        var request: HTTPRequest
    }

    /// Why a step could not become a request; the iteration stops there with a failed check.
    enum Failure: Error, Equatable {
        /// A variable had no value (typically a capture that found nothing).
        case unresolved(UnresolvedVariable)
        /// A URL assembled at run time points at a host outside the allowed ones: never sent.
        case disallowedHost(String)

        /// The name of the failed check that records this.
        var checkName: String {
            switch self {
            case .unresolved(let variable): "${\(variable.name)} has a value"
            case .disallowedHost(let host): "host \(host) is allowed"
            }
        }
    }

    /// Renders `step` with variables from `variables` (functions draw from a generator seeded with 0).
    func build(_ step: RequestStep, variables: @escaping (String) -> String?) -> Result<Built, Failure> {
        var scope = LookupScope(variables)
        return build(step, scope: &scope)
    }

    /// Renders every template of `step`; see ``build(_:scope:)-(PreparedRequest,_)``.
    func build(_ step: RequestStep, scope: inout some TemplateScope) -> Result<Built, Failure> {
        build(prepare(step), scope: &scope)
    }

    /// What does not vary between iterations of `step`, worked out once.
    func prepare(_ step: RequestStep) -> PreparedRequest {
        PreparedRequest(step, builder: self)
    }

    /// The endpoint and request target of `url`: an absolute URL (to an allowed host) as it is, a
    /// relative one under the plan's target.
    func locate(_ url: String) -> Result<(endpoint: HTTPEndpoint, path: String), Failure> {
        if url.hasPrefix("http://") || url.hasPrefix("https://"), let split = HTTPEndpoint.splitting(url: url) {
            guard hostPolicy.allows(split.endpoint.host) else { return .failure(.disallowedHost(split.endpoint.host)) }
            return .success((split.endpoint, split.target))
        }
        return .success((defaultEndpoint, target.basePath + (url.hasPrefix("/") ? url : "/" + url)))
    }

    /// Renders what varies in `prepared`, in the order URL, query, headers, body; fails with the first
    /// variable that has no value, or when a URL built from variables leaves the allowed hosts.
    func build(_ prepared: PreparedRequest, scope: inout some TemplateScope) -> Result<Built, Failure> {
        do throws(UnresolvedVariable) {
            let endpoint: HTTPEndpoint
            var path: String
            switch prepared.location {
            case .fixed(let fixedEndpoint, let fixedPath):
                (endpoint, path) = (fixedEndpoint, fixedPath)
            case .rendered(let template):
                switch locate(try template.render(in: &scope).get()) {
                case .success(let location): (endpoint, path) = location
                case .failure(let failure): return .failure(failure)
                }
            case .invalid(let failure):
                return .failure(failure)
            }
            if !prepared.query.isEmpty {
                var separator: Character = path.utf8.contains(UInt8(ascii: "?")) ? "&" : "?"
                for parameter in prepared.query {
                    path.append(separator)
                    path += parameter.name
                    path.append("=")
                    switch parameter.value {
                    case .fixed(let encoded): path += encoded
                    case .rendered(let template): path += Self.percentEncoded(try template.render(in: &scope).get())
                    }
                    separator = "&"
                }
            }

            var headers: [(name: String, value: String)]
            if let fixed = prepared.fixedHeaders {
                headers = fixed
            } else {
                headers = []
                headers.reserveCapacity(prepared.headers.count + 1)
                for header in prepared.headers {
                    headers.append((header.name, try header.value.text(in: &scope)))
                }
            }

            let body: [UInt8]?
            switch prepared.body {
            case .none:
                body = nil
            case .fixed(let bytes):
                body = bytes
            case .text(let template):
                body = Array(try template.render(in: &scope).get().utf8)
            case .json(let template):
                body = try template.render(in: &scope).get()
            case .form(let fields):
                var text = ""
                for (index, field) in fields.enumerated() {
                    if index > 0 { text += "&" }
                    text +=
                        Self.percentEncoded(field.name) + "="
                        + Self.percentEncoded(try field.value.render(in: &scope).get())
                }
                body = Array(text.utf8)
            }

            let request = HTTPRequest(
                method: prepared.step.method,
                target: path,
                headers: headers,
                body: body,
                timeout: prepared.timeout,
                maxBodyBytes: maxBodyBytes,
                readsBody: prepared.readsBody,
                readsHeaders: prepared.readsHeaders,
                reuseKey: prepared.reuseKey
            )
            return .success(Built(endpoint: endpoint, request: request))
        } catch {
            return .failure(.unresolved(error))
        }
    }

    /// `?a=1&b=2` (or `&a=1…` after a target that has a query) when every value is fixed, else nil.
    static func fixedQuery(_ query: [(name: String, value: PreparedRequest.Part)], after path: String) -> String? {
        guard !query.isEmpty else { return nil }
        var text = ""
        var separator: Character = path.utf8.contains(UInt8(ascii: "?")) ? "&" : "?"
        for parameter in query {
            guard case .fixed(let encoded) = parameter.value else { return nil }
            text.append(separator)
            text += parameter.name + "=" + encoded
            separator = "&"
        }
        return text
    }

    static func contains(_ headers: [(name: String, value: String)], _ name: String) -> Bool {
        headers.contains { sameHeaderName($0.name, name) }
    }

    /// Header names compare case-insensitively (ASCII), as HTTP requires.
    static func sameHeaderName(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(x | 0x20))
        }
    }

    /// RFC 3986 unreserved characters pass; everything else is %XX of its UTF-8 bytes.
    static func percentEncoded(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                output.unicodeScalars.append("%")
                output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return output
    }
}

import BarrageCore
import BarrageHTTP
import Foundation

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

    /// Renders every template of `step`; fails with the first variable that has no value, or
    /// when a URL built from variables leaves the allowed hosts.
    func build(_ step: RequestStep, scope: inout some TemplateScope) -> Result<Built, Failure> {
        do throws(UnresolvedVariable) {
            let url = try step.url.render(in: &scope).get()
            var endpoint = defaultEndpoint
            var path: String
            if url.hasPrefix("http://") || url.hasPrefix("https://"), let split = HTTPEndpoint.splitting(url: url) {
                guard hostPolicy.allows(split.endpoint.host) else {
                    return .failure(.disallowedHost(split.endpoint.host))
                }
                endpoint = split.endpoint
                path = split.target
            } else {
                path = target.basePath + (url.hasPrefix("/") ? url : "/" + url)
            }
            if !step.query.isEmpty {
                var separator: Character = path.contains("?") ? "&" : "?"
                for parameter in step.query {
                    let value = try parameter.value.render(in: &scope).get()
                    path.append(separator)
                    path += Self.percentEncoded(parameter.name) + "=" + Self.percentEncoded(value)
                    separator = "&"
                }
            }

            var headers: [(name: String, value: String)] = []
            headers.reserveCapacity(defaults.headers.count + step.headers.count + 2)
            for header in step.headers {
                headers.append((header.name, try header.value.render(in: &scope).get()))
            }
            for header in defaults.headers where !Self.contains(headers, header.name) {
                headers.append((header.name, try header.value.render(in: &scope).get()))
            }
            if !Self.contains(headers, "User-Agent") { headers.append(("User-Agent", userAgent)) }

            var body: [UInt8]?
            switch step.body {
            case .none:
                body = nil
            case .text(let template):
                body = Array(try template.render(in: &scope).get().utf8)
            case .json(let template):
                body = try template.render(in: &scope).get()
                if !Self.contains(headers, "Content-Type") { headers.append(("Content-Type", "application/json")) }
            case .form(let fields):
                var text = ""
                for (index, field) in fields.enumerated() {
                    if index > 0 { text += "&" }
                    text +=
                        Self.percentEncoded(field.name) + "="
                        + Self.percentEncoded(try field.value.render(in: &scope).get())
                }
                body = Array(text.utf8)
                if !Self.contains(headers, "Content-Type") {
                    headers.append(("Content-Type", "application/x-www-form-urlencoded"))
                }
            case .bytes(let bytes):
                body = bytes
            }

            let request = HTTPRequest(
                method: step.method,
                target: path,
                headers: headers,
                body: body,
                timeout: step.timeout ?? defaults.timeout,
                maxBodyBytes: maxBodyBytes
            )
            return .success(Built(endpoint: endpoint, request: request))
        } catch {
            return .failure(.unresolved(error))
        }
    }

    static func contains(_ headers: [(name: String, value: String)], _ name: String) -> Bool {
        headers.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
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

import HTTPTypes

/// The registered routes as plain values, so "which methods exist for this path?" is answered without
/// the router (for 405 responses) and the OpenAPI test can compare routes with the document.
public struct RouteTable: Sendable, Equatable {
    /// One registered route.
    public struct Route: Sendable, Hashable, CustomStringConvertible {
        /// The HTTP method.
        public var method: HTTPRequest.Method
        /// The path template with `:name` captures, e.g. `/api/v1/products/:id`.
        public var template: String

        /// Creates a route.
        public init(method: HTTPRequest.Method, template: String) {
            self.method = method
            self.template = template
        }

        /// `GET /api/v1/products/:id`.
        public var description: String { "\(method.rawValue) \(template)" }

        /// The template in OpenAPI's `{name}` spelling.
        public var openAPIPath: String {
            segments(of: template).map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joinedPath()
        }
    }

    /// Every route, in registration order.
    public var routes: [Route]

    /// Creates a table.
    public init(routes: [Route]) {
        self.routes = routes
    }

    /// The methods registered for templates that match `path`; empty when no template matches.
    public func methods(matching path: String) -> Set<HTTPRequest.Method> {
        let requested = segments(of: path)
        return Set(routes.filter { matches(template: segments(of: $0.template), path: requested) }.map(\.method))
    }

    private func matches(template: [Substring], path: [Substring]) -> Bool {
        guard template.count == path.count else { return false }
        return zip(template, path).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
    }
}

private func segments(of path: String) -> [Substring] {
    path.split(separator: "/", omittingEmptySubsequences: true)
}

extension [Substring] {
    fileprivate func joinedPath() -> String { "/" + joined(separator: "/") }
}

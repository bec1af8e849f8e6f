/// A whole scenario file after decoding and validation: everything the runner needs, with no
/// unresolved environment variables left in it.
public struct TestPlan: Sendable {
    /// The run's name, used for the report folder and the summary.
    public var name: String
    /// The file this plan was read from.
    public var sourceFile: String
    /// Base URL that relative request paths are resolved against.
    public var target: TargetURL
    /// Hosts besides loopback that requests may reach; anything else is refused at validation.
    public var allowedHosts: [String]
    /// Headers and timeout applied to every request unless the request overrides them.
    public var defaults: RequestDefaults
    /// The scenarios in file order; they run side by side, each from its own `startTime`.
    public var scenarios: [Scenario]
    /// Pass/fail criteria of the run, in file order.
    public var thresholds: [ThresholdDefinition]
    /// Data files templates read as `${name.column}`, loaded once for the whole run.
    public var data: [DataBinding]
    /// Steps run once before any load; their captures are read-only variables of every VU.
    public var setup: [Step]?
    /// Steps run once after the load (they may read the setup's captures).
    public var teardown: [Step]?

    public init(
        name: String,
        sourceFile: String,
        target: TargetURL,
        allowedHosts: [String] = [],
        defaults: RequestDefaults = RequestDefaults(),
        scenarios: [Scenario],
        thresholds: [ThresholdDefinition] = [],
        data: [DataBinding] = [],
        setup: [Step]? = nil,
        teardown: [Step]? = nil
    ) {
        self.name = name
        self.sourceFile = sourceFile
        self.target = target
        self.allowedHosts = allowedHosts
        self.defaults = defaults
        self.scenarios = scenarios
        self.thresholds = thresholds
        self.data = data
        self.setup = setup
        self.teardown = teardown
    }
}

/// Settings every request inherits, so flows stay short.
public struct RequestDefaults: Sendable {
    /// Sent with every request; a request's own header of the same name wins.
    public var headers: [HeaderTemplate]
    /// Whole-exchange timeout (connect, send, wait, receive). k6's default is 60 s.
    public var timeout: Duration

    public init(headers: [HeaderTemplate] = [], timeout: Duration = .seconds(60)) {
        self.headers = headers
        self.timeout = timeout
    }
}

/// A parsed base URL. Only `http` and `https` are accepted.
public struct TargetURL: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int
    /// Path prefix of the base URL without a trailing slash ("" for none).
    public var basePath: String

    public init(scheme: String, host: String, port: Int, basePath: String = "") {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.basePath = basePath
    }

    public var description: String {
        let defaultPort = scheme == "https" ? 443 : 80
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return port == defaultPort
            ? "\(scheme)://\(hostPart)\(basePath)" : "\(scheme)://\(hostPart):\(port)\(basePath)"
    }
}

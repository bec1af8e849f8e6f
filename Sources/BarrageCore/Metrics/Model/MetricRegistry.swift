/// The metrics a scenario may name, so validation can reject `http_req_duraton` before any request is
/// sent (k6 accepts such a threshold and passes it silently).
public struct MetricRegistry: Sendable {
    private let definitions: [String: MetricDefinition]

    /// Creates a registry holding exactly these definitions; a later duplicate name replaces an earlier one.
    public init(_ definitions: some Sequence<MetricDefinition>) {
        var byName: [String: MetricDefinition] = [:]
        for definition in definitions {
            byName[definition.name] = definition
        }
        self.definitions = byName
    }

    /// The metrics the harness emits.
    public static let builtin = MetricRegistry(BuiltinMetric.allCases.map(\.definition))

    /// The definition named `name`, or `nil` when no such metric exists.
    public func definition(named name: String) -> MetricDefinition? {
        definitions[name]
    }

    /// Every definition, sorted by name so listings are stable.
    public var all: [MetricDefinition] {
        definitions.values.sorted { $0.name < $1.name }
    }
}

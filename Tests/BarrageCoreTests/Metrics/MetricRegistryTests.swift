import BarrageCore
import Testing

@Suite("Metric registry")
struct MetricRegistryTests {
    @Test(
        "knows every k6 built-in metric with its kind",
        arguments: [
            ("http_reqs", MetricKind.counter), ("http_req_duration", .trend), ("http_req_blocked", .trend),
            ("http_req_connecting", .trend), ("http_req_tls_handshaking", .trend), ("http_req_sending", .trend),
            ("http_req_waiting", .trend), ("http_req_receiving", .trend), ("http_req_failed", .rate),
            ("iterations", .counter), ("iteration_duration", .trend), ("dropped_iterations", .counter),
            ("iteration_start_lag", .trend), ("vus", .gauge), ("vus_max", .gauge), ("checks", .rate),
            ("data_sent", .counter), ("data_received", .counter), ("group_duration", .trend),
        ])
    func builtinKinds(name: String, kind: MetricKind) {
        #expect(MetricRegistry.builtin.definition(named: name)?.kind == kind)
    }

    @Test("an unknown name is nil rather than a default metric")
    func unknownName() {
        #expect(MetricRegistry.builtin.definition(named: "http_req_duraton") == nil)
        #expect(BuiltinMetric(name: "http_req_duraton") == nil)
    }

    @Test("durations are time-valued, byte counters are data, counts are plain")
    func valueTypes() {
        #expect(BuiltinMetric.httpReqWaiting.definition.isTimeValued)
        #expect(BuiltinMetric.iterationStartLag.valueType == .time)
        #expect(BuiltinMetric.dataReceived.valueType == .data)
        #expect(BuiltinMetric.httpReqs.valueType == .plain)
    }
}

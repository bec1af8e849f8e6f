import BarrageCore
import Foundation
import Testing

@Suite("Snapshot coding")
struct MetricsSnapshotCodingTests {
    @Test("a snapshot survives a JSON round trip, sub-metrics keyed by their selector text")
    func roundTrip() throws {
        let clock = RunClock()
        let collector = try clock.collector(tracking: ["http_req_duration{name:login}"])
        collector.record(clock.request(["name": "login"], duration: 42, atSecond: 0.5))
        collector.record(.vus, value: 3, at: clock.at(0.5))
        let snapshot = collector.finalSnapshot(at: clock.at(1.5))
        let data = try JSONEncoder().encode(snapshot)
        let decoded = try JSONDecoder().decode(MetricsSnapshot.self, from: data)
        #expect(decoded == snapshot)
        #expect(String(decoding: data, as: UTF8.self).contains(#""http_req_duration{name:login}""#))
    }
}

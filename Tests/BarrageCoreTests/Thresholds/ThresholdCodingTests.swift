import BarrageCore
import Foundation
import Testing

@Suite("Threshold coding")
struct ThresholdCodingTests {
    @Test("a result survives a JSON round trip with the threshold written as scenario text")
    func resultRoundTrip() throws {
        let threshold = try Threshold(
            key: "http_req_duration{name:login}", expression: "p(95) < 500", abortOnFail: true, delayAbortEval: .seconds(30)
        )
        let result = ThresholdResult(threshold: threshold, observed: 512.5, outcome: .failed)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(ThresholdResult.self, from: data) == result)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""metric":"http_req_duration{name:login}""#))
        #expect(text.contains(#""delayAbortEvalSeconds":30"#))
    }
}

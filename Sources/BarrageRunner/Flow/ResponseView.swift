import BarrageCore
import BarrageHTTP

/// What captures and checks read from one response. The body is decoded as JSON at most once,
/// and only if a capture or check asks for it.
struct ResponseView {
    let result: HTTPResult
    /// `http_req_duration` as recorded, including any start lag.
    let duration: Duration
    private var decoded: JSONValue??

    init(result: HTTPResult, duration: Duration) {
        self.result = result
        self.duration = duration
    }

    /// The body as JSON, or nil when it is not JSON (or was cut at the body limit).
    mutating func json() -> JSONValue? {
        if let decoded { return decoded }
        let value = try? JSONValue(jsonBytes: result.body)
        decoded = .some(value)
        return value
    }

    var bodyText: String { String(decoding: result.body, as: UTF8.self) }
}

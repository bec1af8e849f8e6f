import BarrageCore
import BarrageHTTP

/// What captures and checks read from one response.
///
/// A JSON path is answered by scanning the body only as far as its answer (``JSONPath/evaluate(inJSON:)``),
/// so `$.data[0].id` on a large page costs a few dozen bytes, not a decoded tree. The whole document
/// (`$`) is decoded at most once per response and shared by every capture and check that asks for it;
/// the body's text likewise.
struct ResponseView {
    let result: HTTPResult
    /// `http_req_duration` as recorded, including any start lag.
    let duration: Duration
    private var document: JSONValue??
    private var text: String?

    init(result: HTTPResult, duration: Duration) {
        self.result = result
        self.duration = duration
    }

    /// The value at `path`, or nil when the body does not hold it or is not JSON on the way to it.
    mutating func value(at path: JSONPath) -> JSONValue? {
        if let document { return document.flatMap { path.evaluate(in: $0) } }
        if path.components.isEmpty { return json() }
        return try? path.evaluate(inJSON: result.body)
    }

    /// The body decoded as one JSON document, or nil when it is not JSON (or was cut at the body limit).
    mutating func json() -> JSONValue? {
        if let document { return document }
        let value = try? JSONValue(jsonBytes: result.body)
        document = .some(value)
        return value
    }

    /// The body as UTF-8 text, for `contains` and regular expressions.
    var bodyText: String {
        mutating get {
            if let text { return text }
            let decoded = String(decoding: result.body, as: UTF8.self)
            text = decoded
            return decoded
        }
    }
}

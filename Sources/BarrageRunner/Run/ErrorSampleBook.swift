import BarrageCore
import BarrageHTTP
import Synchronization

/// A few examples of failed requests per request name, so a report can show *what* failed
/// (status, error category, the start of the body) without keeping every response.
final class ErrorSampleBook: Sendable {
    private let perName: Int
    private let bodyLimit: Int
    private let samples = Mutex<[String: [ErrorSample]]>([:])

    init(perName: Int = 3, bodyLimit: Int = 512) {
        self.perName = perName
        self.bodyLimit = bodyLimit
    }

    /// Keeps the failure if its request name has fewer than `perName` examples so far.
    func offer(_ result: HTTPResult, tags: TagSet) {
        let name = tags["name"] ?? ""
        let full = samples.withLock { $0[name, default: []].count >= perName }
        guard !full else { return }
        let sample = ErrorSample(
            name: name,
            method: tags["method"] ?? "",
            status: result.status,
            errorCategory: result.failure?.category.rawValue,
            message: result.failure?.message,
            body: String(decoding: result.body.prefix(bodyLimit), as: UTF8.self)
        )
        samples.withLock { samples in
            if samples[name, default: []].count < perName { samples[name, default: []].append(sample) }
        }
    }

    /// Every kept sample, grouped by request name in name order.
    var all: [ErrorSample] {
        samples.withLock { $0 }.sorted { $0.key < $1.key }.flatMap(\.value)
    }
}

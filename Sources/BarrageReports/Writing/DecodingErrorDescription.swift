import Foundation

/// Turns decoding errors into one line a person can act on: the field path and what was wrong with it.
enum DecodingErrorDescription {
    /// A decoding error as one line naming the field path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        let (context, what): (DecodingError.Context, String) =
            switch error {
            case .typeMismatch(let type, let context): (context, "expected \(type)")
            case .valueNotFound(let type, let context): (context, "missing \(type) value")
            case .keyNotFound(let key, let context): (context, "missing key '\(key.stringValue)'")
            case .dataCorrupted(let context): (context, "corrupted data")
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "decoding failed")
            }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        let detail = context.debugDescription.isEmpty ? "" : " — \(context.debugDescription)"
        return (path.isEmpty ? what : "\(path): \(what)") + detail
    }
}

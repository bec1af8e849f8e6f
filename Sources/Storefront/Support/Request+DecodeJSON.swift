import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body, turning every way it can fail into a `VALIDATION_ERROR` that names the field,
    /// (or 413 when the body is over the context's limit) instead of Hummingbird's plain-text messages.
    func decodeJSON<Value: Decodable>(as type: Value.Type, context: some RequestContext) async throws -> Value {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else {
            throw APIError.validation([ErrorDetail(issue: "A JSON body is required.")])
        }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.validation([error.detail])
        }
    }
}

extension DecodingError {
    /// A client-facing description that names the JSON path but no Swift type.
    var detail: ErrorDetail {
        switch self {
        case .keyNotFound(let key, let context):
            ErrorDetail(field: (context.codingPath + [key]).dottedPath, issue: "is required")
        case .valueNotFound(_, let context):
            ErrorDetail(field: context.codingPath.dottedPath, issue: "must not be null")
        case .typeMismatch(_, let context):
            ErrorDetail(field: context.codingPath.dottedPath, issue: "has the wrong type")
        case .dataCorrupted(let context):
            context.codingPath.isEmpty
                ? ErrorDetail(issue: "The body is not valid JSON.")
                : ErrorDetail(field: context.codingPath.dottedPath, issue: "has an invalid value")
        @unknown default:
            ErrorDetail(issue: "The body could not be decoded.")
        }
    }
}

extension [any CodingKey] {
    fileprivate var dottedPath: String {
        map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

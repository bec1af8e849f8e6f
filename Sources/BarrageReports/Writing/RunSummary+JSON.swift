import BarrageCore
import Foundation

extension RunSummary {
    /// `summary.json`'s bytes: pretty-printed with sorted keys (stable diffs between runs) and ISO-8601
    /// dates with milliseconds (readable by any tool).
    public func encodedJSON() throws(ReportWriteError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(SummaryDateFormat.withMilliseconds))
        }
        do {
            return try encoder.encode(self)
        } catch {
            throw .encode(reason: String(describing: error))
        }
    }

    /// Reads a summary from `summary.json`'s bytes, checking the schema version before anything else so an
    /// old or future file fails with that reason rather than a missing-field error.
    public static func decode(json data: Data) throws(SummaryLoadError) -> RunSummary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = SummaryDateFormat.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ISO-8601 date"))
            }
            return date
        }
        let version: Int
        do {
            version = try decoder.decode(SchemaProbe.self, from: data).schemaVersion
        } catch {
            throw .malformed(file: nil, reason: "no schemaVersion (\(DecodingErrorDescription.describe(error)))")
        }
        guard RunSummary.readableSchemaVersions.contains(version) else {
            throw .unsupportedSchemaVersion(found: version, supported: RunSummary.currentSchemaVersion, file: nil)
        }
        do {
            return try decoder.decode(RunSummary.self, from: data)
        } catch {
            throw .malformed(file: nil, reason: DecodingErrorDescription.describe(error))
        }
    }
}

/// Just the version field, decoded first.
private struct SchemaProbe: Decodable {
    var schemaVersion: Int
}

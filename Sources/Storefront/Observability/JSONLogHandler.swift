import Foundation
import Logging

/// A swift-log handler writing one JSON object per line (`timestamp`, `level`, `label`, `message`,
/// `request_id` when the request has one, then the metadata), so log shippers parse server logs without
/// regular expressions and a load-test error can be matched by its `X-Request-Id`.
public struct JSONLogHandler: LogHandler {
    /// Where finished lines go; one call per line, the newline included.
    public typealias Sink = @Sendable (String) -> Void

    /// Writes each line to standard output with a single `write`, so concurrent lines never interleave.
    public static let standardOutput: Sink = { line in
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// Swift-log's metadata key for Hummingbird's request id, written as `request_id`.
    static let requestIDKey = "hb.request.id"

    private let label: String
    private let sink: Sink
    /// Minimum level written.
    public var logLevel: Logger.Level = .info
    /// Metadata attached to every line of this logger.
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler for `label` writing to `sink`.
    public init(label: String, sink: @escaping Sink = JSONLogHandler.standardOutput) {
        self.label = label
        self.sink = sink
    }

    /// Makes every logger of the process (the server's, Hummingbird's, the pools') write JSON lines to
    /// standard output; call once, before anything logs.
    public static func bootstrap() {
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
    }

    /// Reads or writes one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats and writes one entry.
    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata {
            merged.merge(extra) { _, new in new }
        }
        sink(Self.line(level: event.level, label: label, message: "\(event.message)", metadata: merged, date: Date()))
    }

    /// One JSON line for an entry (exposed for tests).
    static func line(level: Logger.Level, label: String, message: String, metadata: Logger.Metadata, date: Date) -> String {
        var fields: [(String, String)] = [
            ("timestamp", quoted(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))),
            ("level", quoted(level.rawValue)),
            ("label", quoted(label)),
            ("message", quoted(message)),
        ]
        if let requestID = metadata[requestIDKey] {
            fields.append(("request_id", json(requestID)))
        }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where key != requestIDKey {
            fields.append((key, json(value)))
        }
        return "{" + fields.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}\n"
    }

    private static func json(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .stringConvertible(let convertible): quoted(convertible.description)
        case .array(let values): "[" + values.map(json).joined(separator: ",") + "]"
        case .dictionary(let values):
            "{" + values.sorted(by: { $0.key < $1.key }).map { "\(quoted($0.key)):\(json($0.value))" }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

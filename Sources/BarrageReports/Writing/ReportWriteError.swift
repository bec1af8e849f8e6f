import Foundation

/// Why a run folder could not be written, with the path involved, so the CLI can say exactly what failed.
public enum ReportWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder could not be created.
    case createDirectory(URL, reason: String)
    /// The summary could not be encoded as JSON (e.g. a non-finite number).
    case encode(reason: String)
    /// A file could not be written or moved into place.
    case write(file: URL, reason: String)

    /// A one-line message for the terminal.
    public var description: String {
        switch self {
        case .createDirectory(let url, let reason): "cannot create report folder \(url.path): \(reason)"
        case .encode(let reason): "cannot encode summary.json: \(reason)"
        case .write(let url, let reason): "cannot write \(url.path): \(reason)"
        }
    }
}

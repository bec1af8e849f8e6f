import Foundation

/// Why a saved run could not be read back, so `barrage report` and `barrage compare` fail with a reason a
/// person can act on instead of a decoding stack.
public enum SummaryLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing or unreadable.
    case unreadable(file: URL, reason: String)
    /// The file is not a summary this version understands (bad JSON, missing fields).
    case malformed(file: URL?, reason: String)
    /// The file was written with a schema version this build cannot read.
    case unsupportedSchemaVersion(found: Int, supported: Int, file: URL?)

    /// A one-line message for the terminal.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "cannot read \(file.path): \(reason)"
        case .malformed(let file, let reason):
            "\(file?.path ?? "summary") is not a valid Barrage summary: \(reason)"
        case .unsupportedSchemaVersion(let found, let supported, let file):
            "\(file?.path ?? "summary") has schema version \(found), but this barrage reads version \(supported); "
                + "re-run the test or use a matching barrage version"
        }
    }

    /// The same error naming `file`, for errors raised before the file was known.
    func naming(_ file: URL) -> SummaryLoadError {
        switch self {
        case .unreadable: self
        case .malformed(_, let reason): .malformed(file: file, reason: reason)
        case .unsupportedSchemaVersion(let found, let supported, _): .unsupportedSchemaVersion(found: found, supported: supported, file: file)
        }
    }
}

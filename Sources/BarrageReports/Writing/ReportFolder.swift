import Foundation

/// Creates a run folder `rwxr-xr-x` whatever the umask, so the reports inside (`rw-r--r--`, see
/// ``AtomicFile``) can be read by the CI user that collects them. Folders that already existed keep their
/// mode: `--out .` must not change the permissions of someone's working directory.
enum ReportFolder {
    /// `rwxr-xr-x`.
    static let mode: mode_t = 0o755

    /// Creates `directory` and any missing parents, each with ``mode``.
    static func create(_ directory: URL) throws(ReportWriteError) {
        var missing: [URL] = []
        var candidate = directory.standardizedFileURL
        while !FileManager.default.fileExists(atPath: candidate.path), candidate.path != "/" {
            missing.append(candidate)
            candidate = candidate.deletingLastPathComponent()
        }
        for folder in missing.reversed() {
            guard mkdir(folder.path, mode) == 0 || errno == EEXIST else {
                throw .createDirectory(directory, reason: String(cString: strerror(errno)))
            }
            guard chmod(folder.path, mode) == 0 else {
                throw .createDirectory(directory, reason: String(cString: strerror(errno)))
            }
        }
    }
}

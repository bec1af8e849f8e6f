import Foundation

/// Writes a file so readers never see half of it: the bytes go to a temporary file in the same folder,
/// which is then renamed over the destination (rename is atomic within one file system). The file gets
/// ``mode`` whatever the process's umask, so a CI artefact is readable by whoever collects it.
enum AtomicFile {
    /// `rw-r--r--`.
    static let mode: mode_t = 0o644

    static func write(_ data: Data, to destination: URL) throws(ReportWriteError) {
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw .write(file: destination, reason: (error as NSError).localizedDescription)
        }
        guard chmod(temporary.path, mode) == 0, rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .write(file: destination, reason: reason)
        }
    }
}

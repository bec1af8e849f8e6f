import Foundation

/// Writes to standard error, where configuration problems belong.
enum FileHandleStderr {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

import Foundation

/// Data files written to a fresh temporary folder, for scenarios that bind them.
struct DataFolder {
    let path: String

    init(files: [String: String]) throws {
        path = NSTemporaryDirectory() + "barrage-data-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    /// The scenario file name to load with, so relative data paths resolve into this folder.
    var scenarioFile: String { path + "/journey.yaml" }
}

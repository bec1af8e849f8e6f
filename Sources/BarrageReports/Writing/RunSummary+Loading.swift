import BarrageCore
import Foundation

extension RunSummary {
    /// Reads a saved run, as `barrage report` and `barrage compare` do: `location` is a run folder (its
    /// `summary.json` is read) or the `summary.json` file itself.
    public static func load(from location: URL) throws(SummaryLoadError) -> RunSummary {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory)
        let file =
            exists && !isDirectory.boolValue
            ? location
            : location.appendingPathComponent(ReportFile.summaryJSON.rawValue)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        do {
            return try decode(json: data)
        } catch {
            throw error.naming(file)
        }
    }
}

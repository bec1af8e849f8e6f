import ArgumentParser
import BarrageCore

/// `barrage version`: the version recorded in every summary.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print barrage's version.")

    func run() {
        print("barrage \(BarrageVersion.current)")
    }
}

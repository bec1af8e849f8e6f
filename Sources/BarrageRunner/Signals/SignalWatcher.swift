import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a graceful stop, and a second one into an immediate exit
/// (k6's behaviour: the first Ctrl-C still gets you a report, the second gets you out).
public final class SignalWatcher: @unchecked Sendable {
    private let queue = DispatchQueue(label: "barrage.signals")
    private var sources: [DispatchSourceSignal] = []
    private var received = 0

    /// Starts watching. `onFirst` runs on the first signal; the second exits the process with
    /// `secondExitCode`.
    public init(secondExitCode: Int32, onFirst: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in
                self.received += 1
                if self.received == 1 {
                    onFirst()
                } else {
                    FileHandle.standardError.write(Data("\nSecond signal: exiting at once without a report.\n".utf8))
                    exit(secondExitCode)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default signal handling.
    public func stop() {
        queue.sync {
            for source in sources { source.cancel() }
            sources.removeAll()
        }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

import BarrageCore
import NIOCore

/// How a run is carried out, as chosen on the command line rather than in the scenario file.
public struct RunOptions: Sendable {
    /// How the live progress is shown.
    public enum ProgressMode: Sendable, Equatable {
        /// One line redrawn in place, for a terminal.
        case redrawn
        /// A plain line every `interval`, for logs and CI.
        case periodic(interval: Duration)
        /// Nothing.
        case off
    }

    /// Skip TLS certificate verification; recorded in the summary so nobody mistakes such a run.
    public var insecure: Bool
    /// Progress display.
    public var progress: ProgressMode
    /// Event-loop threads for the HTTP engine; defaults to the core count.
    public var threads: Int
    /// How often thresholds are evaluated during the run (k6: every 2 s).
    public var thresholdInterval: Duration
    /// Response bytes kept per request for captures, checks and error samples.
    public var maxBodyBytes: Int
    /// `--seed`: makes data rows, flow weights, think times, `randomInt` and `uuid` reproducible
    /// per VU; nil draws a fresh seed per VU.
    public var seed: UInt64?
    /// `--fail-on-generator-bound`: a run in which barrage itself was the bottleneck exits 99.
    public var failOnGeneratorBound: Bool
    /// When the generator self-check calls barrage the bottleneck.
    public var generatorRule: GeneratorRule

    public init(
        insecure: Bool = false,
        progress: ProgressMode = .off,
        threads: Int = System.coreCount,
        thresholdInterval: Duration = .seconds(2),
        maxBodyBytes: Int = 65_536,
        seed: UInt64? = nil,
        failOnGeneratorBound: Bool = false,
        generatorRule: GeneratorRule = GeneratorRule()
    ) {
        self.insecure = insecure
        self.progress = progress
        self.threads = threads
        self.thresholdInterval = thresholdInterval
        self.maxBodyBytes = maxBodyBytes
        self.seed = seed
        self.failOnGeneratorBound = failOnGeneratorBound
        self.generatorRule = generatorRule
    }
}

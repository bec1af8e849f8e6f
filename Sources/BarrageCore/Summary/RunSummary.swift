import Foundation

/// The complete, machine-readable record of a run, written as `summary.json`. Every report is
/// rendered from it, so an old run can be re-rendered, compared or merged later.
public struct RunSummary: Sendable, Codable, Equatable {
    /// Bumped whenever a field changes meaning or disappears; readers check it first. Version 2 added stage
    /// tallies, the generator self-check and the monotonic run duration, all optional, so version 1 files
    /// still load (their stages show no percentiles: they had no histograms of their own).
    public static let currentSchemaVersion = 2

    /// The schema versions this build reads.
    public static let readableSchemaVersions = 1...currentSchemaVersion

    public var schemaVersion: Int
    public var run: RunMetadata
    /// Every threshold with its observed value and outcome, in file order.
    public var thresholds: [ThresholdResult]
    /// Every check by name, in the order first seen.
    public var checks: [CheckResult]
    /// The stages of the staged scenarios on the run's clock, for per-stage views.
    public var stages: [StageWindow]
    /// Aggregates of every metric, tracked sub-metrics, per-name rows and the per-second series.
    public var metrics: MetricsSnapshot
    /// A few failed requests per request name.
    public var errorSamples: [ErrorSample]
    /// Barrage's own CPU and lag during the run and whether it was the bottleneck; `nil` in summaries
    /// written before the self-check existed.
    public var generator: GeneratorCheck?

    public init(
        run: RunMetadata,
        thresholds: [ThresholdResult],
        checks: [CheckResult],
        stages: [StageWindow],
        metrics: MetricsSnapshot,
        errorSamples: [ErrorSample],
        generator: GeneratorCheck? = nil
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.run = run
        self.thresholds = thresholds
        self.checks = checks
        self.stages = stages
        self.metrics = metrics
        self.errorSamples = errorSamples
        self.generator = generator
    }

    /// True when every threshold held. A run with no thresholds passes unless interrupted.
    public var thresholdsPassed: Bool { thresholds.allSatisfy(\.passed) }
}

/// Facts about the run itself, for the reader who finds the report months later.
public struct RunMetadata: Sendable, Codable, Equatable {
    /// The plan's `name`.
    public var name: String
    public var scenarioFile: String
    public var target: String
    public var startedAt: Date
    public var endedAt: Date
    public var barrageVersion: String
    public var host: String
    public var operatingSystem: String
    /// The scenarios with their executors, in file order.
    public var scenarios: [ScenarioDescription]
    /// Stopped early by a signal.
    public var interrupted: Bool
    /// Stopped early by an `abortOnFail` threshold.
    public var abortedByThreshold: Bool
    /// TLS certificates were not verified (`--insecure`).
    public var insecure: Bool
    /// The process exit code the run ended with.
    public var exitCode: Int32
    /// The run's length measured on a monotonic clock, in seconds; `nil` in summaries written before it was
    /// recorded (their length is `endedAt − startedAt`, which a wall-clock change can distort).
    public var monotonicDurationSeconds: Double?
    /// `--fail-on-generator-bound` was given: a generator-bound run exits 99.
    public var failOnGeneratorBound: Bool?

    public init(
        name: String, scenarioFile: String, target: String, startedAt: Date, endedAt: Date,
        barrageVersion: String, host: String, operatingSystem: String, scenarios: [ScenarioDescription],
        interrupted: Bool, abortedByThreshold: Bool, insecure: Bool, exitCode: Int32,
        monotonicDurationSeconds: Double? = nil, failOnGeneratorBound: Bool? = nil
    ) {
        self.name = name
        self.scenarioFile = scenarioFile
        self.target = target
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.barrageVersion = barrageVersion
        self.host = host
        self.operatingSystem = operatingSystem
        self.scenarios = scenarios
        self.interrupted = interrupted
        self.abortedByThreshold = abortedByThreshold
        self.insecure = insecure
        self.exitCode = exitCode
        self.monotonicDurationSeconds = monotonicDurationSeconds
        self.failOnGeneratorBound = failOnGeneratorBound
    }

    /// Length of the run in seconds: monotonic when recorded, else from the wall-clock timestamps.
    public var durationSeconds: Double { monotonicDurationSeconds ?? endedAt.timeIntervalSince(startedAt) }
}

/// A scenario as the summary names it.
public struct ScenarioDescription: Sendable, Codable, Equatable {
    public var name: String
    public var executor: String

    public init(name: String, executor: String) {
        self.name = name
        self.executor = executor
    }
}

/// How often one named check passed and failed.
public struct CheckResult: Sendable, Codable, Equatable {
    public var name: String
    public var passes: UInt64
    public var fails: UInt64

    public init(name: String, passes: UInt64, fails: UInt64) {
        self.name = name
        self.passes = passes
        self.fails = fails
    }
}

/// One failed request kept as an example: enough to see what went wrong without keeping every
/// response.
public struct ErrorSample: Sendable, Codable, Equatable {
    public var name: String
    public var method: String
    public var status: Int?
    public var errorCategory: String?
    public var message: String?
    /// The start of the response body, as text.
    public var body: String

    public init(name: String, method: String, status: Int?, errorCategory: String?, message: String?, body: String) {
        self.name = name
        self.method = method
        self.status = status
        self.errorCategory = errorCategory
        self.message = message
        self.body = body
    }
}

import BarrageCore
import BarrageHTTP
import Foundation

/// Runs a validated plan from the first VU to the final snapshot: starts every scenario at its
/// `startTime`, watches thresholds and shows progress while they run, and returns the summary
/// the reports are written from.
public final class TestRun: Sendable {
    private let plan: TestPlan
    private let thresholds: [Threshold]
    private let options: RunOptions
    private let stop = StopController()

    /// `thresholds` are the plan's, already resolved (see `TestPlan.resolvedThresholds()`).
    public init(plan: TestPlan, thresholds: [Threshold], options: RunOptions) {
        self.plan = plan
        self.thresholds = thresholds
        self.options = options
    }

    /// Stops scheduling new iterations; in-flight ones finish within their `gracefulStop`. The
    /// summary is then marked interrupted. Safe to call from a signal handler's queue.
    public func interrupt() {
        stop.requestStop(.interrupted)
    }

    /// Runs the plan and returns its summary; throws, before any load, when the setup fails.
    public func run() async throws(SetupFailure) -> RunSummary {
        // The wall clock only stamps the start; every length is measured on the monotonic clock, so a
        // clock step (NTP, a suspended VM) cannot distort durations or rates.
        let startedAt = Date()
        let runStart = ContinuousClock.now
        let evaluation = ThresholdEvaluation(thresholds)
        let collector = MetricsCollector(tracking: evaluation.trackedSelectors, startedAt: runStart)
        let recorder = MetricsRecorder(collector: collector)
        let accounting = VUAccounting()
        let engine = HTTPClientEngine(threads: options.threads, tls: HTTPClientEngine.TLS(insecure: options.insecure))
        let builder = RequestBuilder(
            plan: plan, maxBodyBytes: options.maxBodyBytes, userAgent: "barrage/\(BarrageVersion.current)"
        )
        let oneShot = OneShotFlow(
            plan: plan,
            requestBuilder: RequestBuilder(
                plan: plan, maxBodyBytes: max(options.maxBodyBytes, OneShotFlow.maxBodyBytes),
                userAgent: builder.userAgent),
            recorder: recorder, stop: stop, engine: engine, seed: options.seed)
        var shared: [String: VariableValue] = [:]
        if let setup = plan.setup {
            let outcome = await oneShot.run("setup", steps: setup, shared: [:])
            guard outcome.failures.isEmpty else {
                await engine.shutdown()
                throw SetupFailure(problems: outcome.failures)
            }
            shared = outcome.variables
        }
        let tickets = Dictionary(uniqueKeysWithValues: plan.data.map { ($0.name, DataTicket()) })
        let loadStart = ContinuousClock.now
        let arrivalTickers = ArrivalTickers()
        let contexts = plan.scenarios.map { scenario in
            ScenarioContext(
                scenario: scenario, requestBuilder: builder, recorder: recorder, stop: stop,
                accounting: accounting, engine: engine, runStart: loadStart, shared: shared, data: plan.data,
                tickets: tickets, seed: options.seed, arrivalTickers: arrivalTickers
            )
        }
        // Stages are planned from the start of the load; the collector's clock started before the setup.
        let loadOffset = loadStart - runStart
        let windows = StageWindow.windows(of: plan).map { $0.shifted(by: loadOffset) }
        collector.trackStages(windows)
        let monitor = RunMonitor(
            plan: plan, loadOffset: loadOffset, windows: windows, evaluation: evaluation, collector: collector,
            recorder: recorder, accounting: accounting, stop: stop, progress: options.progress,
            thresholdInterval: options.thresholdInterval,
            lagProbe: EventLoopLagProbe(loops: Array(engine.eventLoopGroup.makeIterator())),
            generatorRule: options.generatorRule
        )

        let monitoring = Task { await monitor.run() }
        await withDiscardingTaskGroup { group in
            for context in contexts {
                group.addTask { await Self.runScenario(context) }
            }
        }
        monitoring.cancel()
        await monitoring.value
        if let teardown = plan.teardown, stop.reason != .interrupted {
            _ = await oneShot.run("teardown", steps: teardown, shared: shared)
        }
        await engine.shutdown()

        recorder.recordVUs(active: 0, allocated: accounting.allocated)
        let generator = GeneratorCheck(
            threads: options.threads, usableCores: UsableCores.count(threads: options.threads),
            rule: options.generatorRule, seconds: monitor.finish()
        )
        let runEnd = ContinuousClock.now
        let snapshot = collector.finalSnapshot(at: runEnd)
        let results = evaluation.evaluate(snapshot)
        let interrupted = stop.reason == .interrupted
        let abortedByThreshold = stop.reason == .thresholdAborted
        let exitCode = ExitCode.forRun(
            interrupted: interrupted, thresholdsPassed: results.allPassed,
            generatorBoundFails: options.failOnGeneratorBound && generator.isBound
        )
        let duration = (runEnd - runStart).seconds
        return RunSummary(
            run: RunMetadata(
                name: plan.name,
                scenarioFile: plan.sourceFile,
                target: plan.target.description,
                startedAt: startedAt,
                endedAt: startedAt.addingTimeInterval(duration),
                barrageVersion: BarrageVersion.current,
                host: ProcessInfo.processInfo.hostName,
                operatingSystem: ProcessInfo.processInfo.operatingSystemVersionString,
                scenarios: plan.scenarios.map { ScenarioDescription(name: $0.name, executor: $0.executor.kind) },
                interrupted: interrupted,
                abortedByThreshold: abortedByThreshold,
                insecure: options.insecure,
                exitCode: exitCode.rawValue,
                monotonicDurationSeconds: duration,
                failOnGeneratorBound: options.failOnGeneratorBound
            ),
            thresholds: results,
            checks: recorder.checks.results,
            stages: windows,
            metrics: snapshot,
            errorSamples: recorder.errorSamples.all,
            generator: generator
        )
    }

    /// Waits for the scenario's `startTime`, then hands it to its executor.
    private static func runScenario(_ context: ScenarioContext) async {
        if await context.stop.sleep(until: context.start) { return }
        switch context.scenario.executor {
        case .constantVUs(let vus, _):
            await ConstantVUsExecution.run(context, vus: vus)
        case .rampingVUs(let startVUs, let stages, let gracefulRampDown):
            await RampingVUsExecution.run(
                context, schedule: RampingVUsSchedule(startVUs: startVUs, stages: stages),
                gracefulRampDown: gracefulRampDown
            )
        case .constantArrivalRate(let options, let rate, let duration):
            await ArrivalRateExecution.run(
                context, schedule: ArrivalRateSchedule(rate: rate, timeUnit: options.timeUnit, duration: duration),
                options: options
            )
        case .rampingArrivalRate(let options, let startRate, let stages):
            await ArrivalRateExecution.run(
                context,
                schedule: ArrivalRateSchedule(startRate: startRate, stages: stages, timeUnit: options.timeUnit),
                options: options
            )
        case .perVUIterations(let vus, let iterations, _):
            await PerVUIterationsExecution.run(context, vus: vus, iterations: iterations)
        case .sharedIterations(let vus, let iterations, _):
            await SharedIterationsExecution.run(context, vus: vus, iterations: iterations)
        }
    }
}

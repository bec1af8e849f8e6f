import BarrageCore
import Foundation
import Synchronization

/// The run's once-a-second duties while scenarios execute: sample the VU gauges, redraw the
/// progress line, evaluate thresholds (every `thresholdInterval`) to honour `abortOnFail`, and take the
/// generator self-check's reading (barrage's CPU, event-loop lag, late starts).
final class RunMonitor: Sendable {
    private let evaluation: ThresholdEvaluation
    private let collector: MetricsCollector
    private let recorder: MetricsRecorder
    private let accounting: VUAccounting
    private let stop: StopController
    private let progress: RunOptions.ProgressMode
    private let thresholdInterval: Duration
    private let windows: [StageWindow]
    private let total: Duration
    private let lagProbe: EventLoopLagProbe
    private let state: Mutex<State>

    private struct State {
        var abortMonitor: ThresholdAbortMonitor
        var failingThresholds = 0
        var lastRequests: Double = 0
        var lastTick: ContinuousClock.Instant?
        var lastPrinted: ContinuousClock.Instant?
        var lastThresholdCheck: ContinuousClock.Instant?
        var drewLine = false
        var sampler: GeneratorSampler
        var generatorSeconds: [GeneratorSecond] = []
    }

    init(
        plan: TestPlan, loadOffset: Duration, windows: [StageWindow], evaluation: ThresholdEvaluation, collector: MetricsCollector,
        recorder: MetricsRecorder, accounting: VUAccounting, stop: StopController, progress: RunOptions.ProgressMode,
        thresholdInterval: Duration, lagProbe: EventLoopLagProbe, generatorRule: GeneratorRule
    ) {
        self.evaluation = evaluation
        self.collector = collector
        self.recorder = recorder
        self.accounting = accounting
        self.stop = stop
        self.progress = progress
        self.thresholdInterval = thresholdInterval
        self.windows = windows
        self.total = (plan.scenarios.map { ScenarioTimeline(scenario: $0).scheduleEnd }.max() ?? .zero) + loadOffset
        self.lagProbe = lagProbe
        var sampler = GeneratorSampler(rule: generatorRule)
        sampler.start(
            cpuSeconds: ProcessCPUTime.now(), elapsed: .now - collector.startedAt,
            startLag: collector.snapshot().metrics[BuiltinMetric.iterationStartLag.name]?.asTrend)
        self.state = Mutex(State(abortMonitor: ThresholdAbortMonitor(evaluation), sampler: sampler))
    }

    /// Ticks once a second until cancelled, while the lag probe runs beside it.
    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.lagProbe.run() }
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: .seconds(1))
                } catch {
                    break
                }
                tick(now: .now)
            }
            group.cancelAll()
        }
    }

    /// Ends the redrawn line so the summary starts on a fresh one, and hands over the self-check's
    /// seconds, closing the last, partial one.
    func finish() -> [GeneratorSecond] {
        sampleGenerator(snapshot: collector.snapshot(), now: .now)
        let (drew, seconds) = state.withLock { ($0.drewLine, $0.generatorSeconds) }
        if drew { FileHandle.standardError.write(Data("\n".utf8)) }
        return seconds
    }

    private func sampleGenerator(snapshot: MetricsSnapshot, now: ContinuousClock.Instant) {
        let cpu = ProcessCPUTime.now()
        let loopLag = lagProbe.drain()
        let startLag = snapshot.metrics[BuiltinMetric.iterationStartLag.name]?.asTrend
        state.withLock { state in
            if let second = state.sampler.sample(
                cpuSeconds: cpu, elapsed: now - collector.startedAt, loopLag: loopLag, startLag: startLag)
            {
                state.generatorSeconds.append(second)
            }
        }
    }

    private func tick(now: ContinuousClock.Instant) {
        recorder.recordVUs(active: accounting.active, allocated: accounting.allocated)
        let snapshot = collector.snapshot(at: now)
        sampleGenerator(snapshot: snapshot, now: now)
        let (abort, line) = state.withLock { state -> (ThresholdAbortMonitor.Action, String?) in
            var action = ThresholdAbortMonitor.Action.continueRun
            if state.lastThresholdCheck.map({ now - $0 >= thresholdInterval }) ?? true {
                state.lastThresholdCheck = now
                let results = evaluation.evaluate(snapshot)
                state.failingThresholds = results.filter { !$0.passed }.count
                action = state.abortMonitor.check(results, elapsed: snapshot.elapsed)
            }
            let requests = snapshot.metrics["http_reqs"].map(Self.count) ?? 0
            let interval = state.lastTick.map { (now - $0).seconds } ?? snapshot.elapsed.seconds
            let rate = interval > 0 ? (requests - state.lastRequests) / interval : 0
            state.lastRequests = requests
            state.lastTick = now
            return (action, render(snapshot: snapshot, rate: rate, state: &state, now: now))
        }
        if case .abort = abort {
            stop.requestStop(.thresholdAborted)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    private func render(snapshot: MetricsSnapshot, rate: Double, state: inout State, now: ContinuousClock.Instant) -> String? {
        let line = ProgressLine(
            elapsed: snapshot.elapsed,
            total: total,
            stage: ProgressLine.stageLabel(windows: windows, at: snapshot.elapsed),
            activeVUs: accounting.active,
            allocatedVUs: accounting.allocated,
            requestsPerSecond: rate,
            p95: snapshot.metrics["http_req_duration"].flatMap(Self.p95),
            errorRate: snapshot.metrics["http_req_failed"].flatMap(Self.rate),
            failingThresholds: state.failingThresholds,
            stopping: stop.isStopping
        )
        switch progress {
        case .off:
            return nil
        case .redrawn:
            state.drewLine = true
            return "\r\u{1B}[2K" + line.render(barWidth: 20)
        case .periodic(let interval):
            if let last = state.lastPrinted, now - last < interval { return nil }
            state.lastPrinted = now
            return line.render(barWidth: 0) + "\n"
        }
    }

    private static func count(_ aggregate: MetricAggregate) -> Double {
        if case .counter(let counter) = aggregate { return counter.sum }
        return 0
    }

    private static func p95(_ aggregate: MetricAggregate) -> Double? {
        if case .trend(let trend) = aggregate { return trend.percentile(95) }
        return nil
    }

    private static func rate(_ aggregate: MetricAggregate) -> Double? {
        if case .rate(let rate) = aggregate { return rate.rate }
        return nil
    }
}

/// The collector's state and recording logic as a plain value, without locks or clocks, so it can be
/// reasoned about and tested sample by sample. ``MetricsCollector`` wraps it in a mutex.
struct MetricsStore: Sendable {
    private struct TrackedSubMetric: Sendable {
        let selector: MetricSelector
        let metric: BuiltinMetric
        let slot: Int
    }

    let start: ContinuousClock.Instant
    let limits: MetricsLimits
    private var table: AggregateTable
    private let overallSlots: [Int]
    private let subMetrics: [TrackedSubMetric]
    private var routes: [TagSet: TagRoute] = [:]
    private var requestNames: [RequestNameBreakdown] = []
    private var requestNameIndex: [String: Int] = [:]
    private var series: TimeSeriesRecorder
    private var stageClock = StageClock()
    private var stageWindows: [StageWindow] = []
    private var stages: [StageTally] = []

    /// Tracks every selector that narrows a built-in metric by tags; selectors without filters need no
    /// tracking (they read the overall aggregate) and selectors of unknown metrics never get samples.
    init(tracking selectors: [MetricSelector], start: ContinuousClock.Instant, limits: MetricsLimits) {
        self.start = start
        self.limits = limits
        self.series = TimeSeriesRecorder(capacity: limits.seriesSeconds)
        var table = AggregateTable()
        self.overallSlots = BuiltinMetric.allCases.map { table.makeSlot($0.kind) }
        var tracked: [TrackedSubMetric] = []
        for selector in selectors where selector.isSubMetric {
            guard let metric = BuiltinMetric(name: selector.metric),
                !tracked.contains(where: { $0.selector == selector })
            else { continue }
            tracked.append(TrackedSubMetric(selector: selector, metric: metric, slot: table.makeSlot(metric.kind)))
        }
        self.subMetrics = tracked
        self.table = table
    }

    /// Starts attributing samples to `windows` (on this store's clock), one ``StageTally`` each. Called
    /// once, before the load starts; the routing cache is rebuilt so every tag set learns its scenario.
    mutating func trackStages(_ windows: [StageWindow]) {
        stageWindows = windows
        stageClock = StageClock(windows: windows)
        stages = Array(repeating: StageTally(), count: windows.count)
        routes.removeAll()
    }

    mutating func record(_ request: HTTPRequestSample) {
        let route = route(for: request.tags)
        let elapsed = elapsedSeconds(at: request.completedAt)
        if let scenario = route.stageScenario {
            stages[stageClock.window(of: scenario, at: elapsed - request.duration / 1000)].add(request)
        }
        for metric in HTTPRequestSample.metrics {
            if let value = request.value(for: metric) {
                table.add(value, kind: metric.kind, slot: overallSlots[metric.rawValue])
            }
        }
        for target in route.targets {
            if let value = request.value(for: target.metric) {
                table.add(value, kind: target.metric.kind, slot: target.slot)
            }
        }
        if let index = route.requestNameIndex {
            requestNames[index].add(request)
        }
        series.record(request, second: Self.second(of: elapsed))
    }

    mutating func record(_ iteration: IterationSample) {
        let route = route(for: iteration.tags)
        let elapsed = elapsedSeconds(at: iteration.completedAt)
        let second = Self.second(of: elapsed)
        if let scenario = route.stageScenario {
            // Measured from the intended start under arrival rates; the start lag moves it to the actual start.
            let started = elapsed - (iteration.duration - (iteration.startLag ?? 0)) / 1000
            stages[stageClock.window(of: scenario, at: started)].countIterationStart()
        }
        for metric in IterationSample.metrics {
            guard let value = iteration.value(for: metric) else { continue }
            table.add(value, kind: metric.kind, slot: overallSlots[metric.rawValue])
            for target in route.targets where target.metric == metric {
                table.add(value, kind: metric.kind, slot: target.slot)
            }
        }
        series.record(.iterations, value: 1, second: second)
    }

    mutating func record(_ sample: MetricSample) {
        let metric = sample.metric
        table.add(sample.value, kind: metric.kind, slot: overallSlots[metric.rawValue])
        let route = route(for: sample.tags)
        for target in route.targets where target.metric == metric {
            table.add(sample.value, kind: metric.kind, slot: target.slot)
        }
        let elapsed = elapsedSeconds(at: sample.time)
        if metric == .droppedIterations, let scenario = route.stageScenario {
            stages[stageClock.window(of: scenario, at: elapsed)].countDropped(sample.value)
        }
        series.record(metric, value: sample.value, second: Self.second(of: elapsed))
    }

    /// The state at `now`. Seconds before the current one are closed into the series; with `closingAll`
    /// (the end of the run) the current, partial second is closed too.
    mutating func snapshot(at now: ContinuousClock.Instant, closingAll: Bool) -> MetricsSnapshot {
        let current = Self.second(of: elapsedSeconds(at: now))
        series.close(through: closingAll ? current : current - 1)
        var metrics: [String: MetricAggregate] = [:]
        for metric in BuiltinMetric.allCases {
            let aggregate = table.aggregate(kind: metric.kind, slot: overallSlots[metric.rawValue])
            if aggregate.sampleCount > 0 {
                metrics[metric.name] = aggregate
            }
        }
        var tracked: [MetricSelector: MetricAggregate] = [:]
        for subMetric in subMetrics {
            tracked[subMetric.selector] = table.aggregate(kind: subMetric.metric.kind, slot: subMetric.slot)
        }
        if closingAll {
            let achieved = AchievedLoad(windows: stageWindows, tallies: stages)
            metrics[BuiltinMetric.achievedRateRatio.name] = achieved.gauge(scenario: nil)
            for subMetric in subMetrics where subMetric.metric == .achievedRateRatio {
                tracked[subMetric.selector] =
                    achieved.gauge(scenario: subMetric.selector.filters[TagKey.scenario])
                    ?? MetricAggregate(empty: .gauge)
            }
        }
        return MetricsSnapshot(
            elapsed: now - start,
            metrics: metrics,
            subMetrics: tracked,
            requestNames: requestNames.filter { $0.requests.sampleCount > 0 },
            series: series.closed,
            isSeriesTruncated: series.isTruncated,
            stages: stages
        )
    }

    /// Seconds from the store's start to `instant`, from one `Duration` decomposition per sample.
    private func elapsedSeconds(at instant: ContinuousClock.Instant) -> Double {
        let parts = (instant - start).components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// The whole second of the series `elapsed` falls in; samples from before the start count in second 0.
    private static func second(of elapsed: Double) -> Int {
        elapsed > 0 ? Int(Swift.min(elapsed, 1e15)) : 0
    }

    private mutating func route(for tags: TagSet) -> TagRoute {
        if let cached = routes[tags] {
            return cached
        }
        let targets =
            subMetrics
            .filter { $0.selector.matches(tags) }
            .map { TagRoute.Target(metric: $0.metric, slot: $0.slot) }
        let route = TagRoute(
            targets: targets,
            requestNameIndex: tags[TagKey.name].map { requestNameRow($0) },
            stageScenario: stageClock.scenario(named: tags[TagKey.scenario])
        )
        if routes.count < limits.cachedTagSets {
            routes[tags] = route
        }
        return route
    }

    private mutating func requestNameRow(_ name: String) -> Int {
        if let index = requestNameIndex[name] {
            return index
        }
        let rowName = requestNames.count < limits.requestNames ? name : MetricsLimits.overflowRequestName
        if let index = requestNameIndex[rowName] {
            return index
        }
        requestNames.append(RequestNameBreakdown(name: rowName))
        requestNameIndex[rowName] = requestNames.count - 1
        return requestNames.count - 1
    }
}

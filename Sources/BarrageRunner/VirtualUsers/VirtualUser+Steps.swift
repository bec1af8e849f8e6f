import BarrageCore
import BarrageHTTP
import Foundation

extension VirtualUser {
    /// Runs steps in order, descending into groups; stops early when a request cannot be built
    /// (`.aborted`) or the run is hard-stopped (`.interrupted`). Always inlined (into the iteration,
    /// and into ``runGroup(_:tags:_:scope:startLag:)``, which recurses): an async call of its own
    /// cost executor checks per request under the task's status lock.
    @inline(__always)
    func run(
        _ steps: [CompiledStep], _ context: ScenarioContext, scope: inout IterationScope, startLag: inout Duration
    ) async -> IterationOutcome {
        for step in steps {
            if context.isHardStopped || interruptRequested { return .interrupted }
            switch step {
            case .request(let request):
                // Building and concluding are synchronous halves around the one await, so a request
                // costs no async call frame of its own (each frame checks the executor on entry and
                // on return, under the task's status lock).
                guard let built = build(request, context, scope: &scope) else { return .aborted }
                let connection = connection(to: built.endpoint)
                let result = await withUnsafeContinuation { connection.start(built.request, resuming: $0) }
                if context.isHardStopped || interruptRequested { return .interrupted }
                conclude(request, built, result, context, scope: &scope, startLag: &startLag)
            case .think(let time):
                try? await Task.sleep(for: time.sample(using: &scope.random))
            case .group(_, let tags, let children):
                let outcome = await runGroup(children, tags: tags, context, scope: &scope, startLag: &startLag)
                if outcome != .completed { return outcome }
            }
        }
        return .completed
    }

    /// Runs a group's steps and records its duration (not for an interrupted group).
    @inline(never)
    private func runGroup(
        _ steps: [CompiledStep], tags: TagSet, _ context: ScenarioContext, scope: inout IterationScope,
        startLag: inout Duration
    ) async -> IterationOutcome {
        let start = ContinuousClock.now
        let outcome = await run(steps, context, scope: &scope, startLag: &startLag)
        if outcome == .interrupted { return outcome }
        let end = ContinuousClock.now
        context.recorder.recordGroup(duration: end - start, tags: tags, completedAt: end)
        return outcome
    }

    /// The request of `compiled` with the VU's cookies, or nil (with the failed check recorded)
    /// when it cannot be built.
    private func build(
        _ compiled: CompiledRequest, _ context: ScenarioContext, scope: inout IterationScope
    ) -> RequestBuilder.Built? {
        switch context.requestBuilder.build(compiled.prepared, scope: &scope) {
        case .failure(let failure):
            context.recorder.recordCheck(failure.checkName, passed: false, tags: compiled.tags)
            if context.collectsFailures { failures.append(failure.checkName) }
            return nil
        case .success(var built):
            if !cookies.isEmpty, !RequestBuilder.contains(built.request.headers, "Cookie"),
                let cookie = cookies.header(host: built.endpoint.host, path: built.request.target)
            {
                built.request.headers.append(("Cookie", cookie))
            }
            return built
        }
    }

    /// Records a finished request, takes its cookies and captures, and runs its checks.
    private func conclude(
        _ compiled: CompiledRequest, _ built: RequestBuilder.Built, _ result: HTTPResult, _ context: ScenarioContext,
        scope: inout IterationScope, startLag: inout Duration
    ) {
        let request = compiled.step
        let completedAt = ContinuousClock.now
        let recorded = context.recorder.recordRequest(result, of: compiled, startLag: startLag, completedAt: completedAt)
        startLag = .zero
        if recorded.failed, context.collectsFailures {
            let outcome =
                result.status.map { "status \($0)" }
                ?? result.failure.map { "no response (\($0.category.rawValue): \($0.message))" } ?? "no response"
            failures.append("\(request.method) \(request.name): \(outcome)")
        }
        if result.headers.hasSetCookie {
            cookies.store(
                result.headers.values(for: "Set-Cookie"), host: built.endpoint.host, requestPath: built.request.target)
        }
        if request.captures.isEmpty, request.checks.isEmpty { return }
        var response = ResponseView(result: result, duration: recorded.duration)
        for capture in request.captures {
            scope.variables[capture.variable] = capture.extract(from: &response)
        }
        // By index: `for check in checks` copied each check (retaining its payload and tags).
        for index in compiled.checks.indices {
            let passed = compiled.checks[index].check.passes(&response)
            context.recorder.recordCheck(compiled.checks[index], passed: passed, at: completedAt)
            if !passed, context.collectsFailures { failures.append("check \(compiled.checks[index].check.name)") }
        }
    }
}

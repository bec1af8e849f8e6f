import BarrageCore
import Synchronization

/// A flow with every tag set computed once when the scenario starts, so a request costs no tag
/// building: requests carry their `group` (k6's `::outer::inner`) and, when a scenario has several
/// flows, their `flow`.
struct CompiledFlow: Sendable {
    let name: String
    let steps: [CompiledStep]

    init(_ flow: WeightedFlow, scenarioTags: TagSet, tagsFlow: Bool, builder: RequestBuilder, checks: CheckTally) {
        self.name = flow.name
        let base = tagsFlow ? scenarioTags.setting("flow", to: flow.name) : scenarioTags
        self.steps = flow.steps.map { CompiledStep($0, groupPath: "", baseTags: base, builder: builder, checks: checks) }
    }
}

/// One step with its tags resolved.
indirect enum CompiledStep: Sendable {
    case request(CompiledRequest)
    case think(ThinkTime)
    /// `tags` are the ones `group_duration` is recorded with.
    case group(path: String, tags: TagSet, steps: [CompiledStep])

    init(_ step: Step, groupPath: String, baseTags: TagSet, builder: RequestBuilder, checks: CheckTally) {
        switch step {
        case .request(let request):
            self = .request(CompiledRequest(request, baseTags: baseTags, builder: builder, checks: checks))
        case .think(let time, _):
            self = .think(time)
        case .group(let group):
            let path = groupPath + "::" + group.name
            let tags = baseTags.setting("group", to: path)
            self = .group(
                path: path, tags: tags,
                steps: group.steps.map { CompiledStep($0, groupPath: path, baseTags: tags, builder: builder, checks: checks) })
        }
    }
}

/// A request step ready to run: its prepared request, the tags of its samples, and the tags each of
/// its checks is recorded with. A class, so running a step passes one reference instead of copying
/// (and retaining) every template, tag set and check it holds.
final class CompiledRequest: Sendable {
    let prepared: PreparedRequest
    let tags: TagSet
    /// A check with what recording its outcome needs, prepared once.
    struct PreparedCheck: Sendable {
        let check: Check
        /// The request's tags plus `check: <name>`.
        let tags: TagSet
        let slot: CheckTally.Slot
    }

    /// The step's checks, in order.
    let checks: [PreparedCheck]

    /// The sample tags for each status seen so far (`status` and `expected_response` added).
    private let statusTags = Mutex<[Int: TagSet]>([:])

    init(_ step: RequestStep, baseTags: TagSet, builder: RequestBuilder, checks: CheckTally) {
        self.prepared = builder.prepare(step)
        let tags = MetricsRecorder.requestTags(step, scenarioTags: baseTags)
        self.tags = tags
        self.checks = step.checks.map {
            PreparedCheck(check: $0, tags: tags.setting("check", to: $0.name), slot: checks.slot(for: $0.name))
        }
    }

    var step: RequestStep { prepared.step }

    /// The tags of a response with `status`: built once per status and step, then shared, so
    /// recording a request builds no tag set.
    func tags(status: Int, failed: Bool) -> TagSet {
        let key = status << 1 | (failed ? 1 : 0)
        if let known = statusTags.withLock({ $0[key] }) { return known }
        let built = MetricsRecorder.outcomeTags(tags, status: status, failed: failed, failure: nil)
        statusTags.withLock { $0[key] = built }
        return built
    }
}

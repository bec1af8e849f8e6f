import BarrageCore

/// A flow with every tag set computed once when the scenario starts, so a request costs no tag
/// building: requests carry their `group` (k6's `::outer::inner`) and, when a scenario has several
/// flows, their `flow`.
struct CompiledFlow: Sendable {
    let name: String
    let steps: [CompiledStep]

    init(_ flow: WeightedFlow, scenarioTags: TagSet, tagsFlow: Bool) {
        self.name = flow.name
        let base = tagsFlow ? scenarioTags.setting("flow", to: flow.name) : scenarioTags
        self.steps = flow.steps.map { CompiledStep($0, groupPath: "", baseTags: base) }
    }
}

/// One step with its tags resolved.
indirect enum CompiledStep: Sendable {
    case request(RequestStep, tags: TagSet)
    case think(ThinkTime)
    /// `tags` are the ones `group_duration` is recorded with.
    case group(path: String, tags: TagSet, steps: [CompiledStep])

    init(_ step: Step, groupPath: String, baseTags: TagSet) {
        switch step {
        case .request(let request):
            self = .request(request, tags: MetricsRecorder.requestTags(request, scenarioTags: baseTags))
        case .think(let time, _):
            self = .think(time)
        case .group(let group):
            let path = groupPath + "::" + group.name
            let tags = baseTags.setting("group", to: path)
            self = .group(
                path: path, tags: tags, steps: group.steps.map { CompiledStep($0, groupPath: path, baseTags: tags) })
        }
    }
}

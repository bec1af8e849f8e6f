import Yams

/// The target and absolute request URLs must name an allowed host; a load test aimed at the wrong
/// machine by a typo is an outage, so this is checked before anything is sent.
extension ScenarioDecoder {
    static let disallowedHostExpectation = "a loopback address or a host listed in allowedHosts"

    mutating func target(_ node: Node, _ path: ScenarioKeyPath, policy: HostPolicy) -> TargetURL? {
        let expected = "an http or https URL such as http://127.0.0.1:8080"
        guard let text = text(node, path, expected: expected) else { return nil }
        let target: TargetURL
        do {
            target = try TargetURL(parsing: text)
        } catch {
            fail(error.problem, expected: expected, at: node, path)
            return nil
        }
        guard policy.allows(target.host) else {
            fail("target host \(target.host) is not allowed", expected: Self.disallowedHostExpectation, at: node, path)
            return nil
        }
        return target
    }

    /// Checks a request URL: a path must start with `/`; an absolute URL must have a fixed, allowed
    /// host. A URL that starts with a run-time variable is left to the runner's `HostPolicy`.
    mutating func checkRequestURL(_ url: Template, of node: Node, _ path: ScenarioKeyPath, policy: HostPolicy) {
        guard case .literal(let prefix) = url.segments.first else { return }
        let lowered = prefix.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
            if !prefix.hasPrefix("/") {
                fail(
                    "request URL \"\(url.source)\" is neither a path nor an absolute URL",
                    expected: "a path starting with / or an http(s) URL", at: node, path
                )
            }
            return
        }
        let afterScheme = prefix[prefix.firstRange(of: "://")!.upperBound...]
        guard afterScheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) || url.segments.count == 1 else {
            fail(
                "the host of request URL \"\(url.source)\" contains a run-time variable",
                expected: "a fixed host so it can be checked before the run", at: node, path
            )
            return
        }
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        let base = String(prefix[..<authorityEnd])
        do {
            let parsed = try TargetURL(parsing: base)
            if !policy.allows(parsed.host) {
                fail(
                    "target host \(parsed.host) is not allowed", expected: Self.disallowedHostExpectation, at: node,
                    path)
            }
        } catch {
            fail(error.problem, expected: "an http or https URL", at: node, path)
        }
    }
}

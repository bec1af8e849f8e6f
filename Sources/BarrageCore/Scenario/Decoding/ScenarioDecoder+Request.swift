import Foundation
import Yams

/// A request step: exactly one method key with the URL, plus its optional parts.
extension ScenarioDecoder {
    mutating func request(
        _ entries: [MappingEntry], of node: Node, _ path: ScenarioKeyPath, variables: Set<String>, policy: HostPolicy
    ) -> RequestStep? {
        var known: [MappingEntry] = []
        for entry in entries {
            if Self.requestKeys.contains(entry.key) {
                known.append(entry)
            } else {
                unknownKey(entry, allowed: Self.requestKeys + ["think"])
            }
        }
        func entry(_ key: String) -> MappingEntry? { known.first { $0.key == key } }

        let methodEntries = known.filter { Self.methods.contains($0.key) }
        guard let methodEntry = methodEntries.first else {
            fail(
                "the step has no request method", expected: Self.oneOf(Self.methods) + " with a URL, or think",
                at: node, path)
            return nil
        }
        for extra in methodEntries.dropFirst() {
            fail(
                "a second request method \"\(extra.key)\" in one step", expected: "one method per step",
                at: extra.keyNode, extra.path)
        }
        let urlExpectation = "a path such as /api/v1/products or an http(s) URL"
        let url = template(methodEntry.value, methodEntry.path, runtimeVariables: variables, expected: urlExpectation)
        if let url { checkRequestURL(url, of: methodEntry.value, methodEntry.path, policy: policy) }

        let name = OptionalField(entry("name").map { text($0.value, $0.path, expected: "a request name") })
        let query = OptionalField(entry("query").map { self.query($0.value, $0.path, variables: variables) })
        let headers = OptionalField(
            entry("headers").map { self.headers($0.value, $0.path, runtimeVariables: variables) })
        let body = requestBody(
            BodyEntries(json: entry("json"), text: entry("body"), form: entry("form"), file: entry("bodyFile")),
            variables: variables)
        let expect = OptionalField(entry("expect").map { expectedStatuses($0.value, $0.path) })
        let timeout = OptionalField(entry("timeout").map { positiveDuration($0.value, $0.path) })
        let tags = OptionalField(entry("tags").map { stringMap($0.value, $0.path) })
        let captures = OptionalField(entry("capture").map { self.captures($0.value, $0.path) })
        let checks = OptionalField(entry("check").map { self.checks($0.value, $0.path) })

        let optionalsValid = ![
            name.isInvalid, query.isInvalid, headers.isInvalid, body.isInvalid, timeout.isInvalid, tags.isInvalid,
            captures.isInvalid, checks.isInvalid, expect.isInvalid,
        ].contains(true)
        guard methodEntries.count == 1, let url, optionalsValid else { return nil }
        return RequestStep(
            method: methodEntry.key.uppercased(),
            url: url,
            query: query.value ?? [],
            headers: headers.value ?? [],
            body: body.value,
            timeout: timeout.value,
            name: name.value,
            tags: tags.value ?? [:],
            captures: captures.value ?? [],
            checks: checks.value ?? [],
            expect: expect.value,
            location: location(of: node)
        )
    }

    mutating func query(_ node: Node, _ path: ScenarioKeyPath, variables: Set<String>) -> [QueryParameter]? {
        guard let entries = mapping(node, path, expected: "a mapping of parameter names to values") else { return nil }
        let parameters = entries.map { entry in
            template(entry.value, entry.path, runtimeVariables: variables, expected: "a parameter value")
                .map { QueryParameter(name: entry.key, value: $0) }
        }
        let decoded = parameters.compactMap { $0 }
        return decoded.count == parameters.count ? decoded : nil
    }

    /// The body keys of a request; at most one may be set.
    struct BodyEntries {
        let json: MappingEntry?
        let text: MappingEntry?
        let form: MappingEntry?
        let file: MappingEntry?
    }

    private mutating func requestBody(_ entries: BodyEntries, variables: Set<String>) -> OptionalField<RequestBody> {
        let present = [entries.json, entries.text, entries.form, entries.file].compactMap { $0 }
        for extra in present.dropFirst() {
            fail(
                "\(present[0].key) and \(extra.key) are both set", expected: "one of json, body, form or bodyFile",
                at: extra.keyNode, extra.path)
        }
        guard present.count <= 1 else { return .invalid }
        if let json = entries.json {
            return OptionalField(.some(jsonTemplate(json.value, json.path, variables: variables).map(RequestBody.json)))
        }
        if let text = entries.text {
            let body = template(text.value, text.path, runtimeVariables: variables, expected: "the body text")
            return OptionalField(.some(body.map(RequestBody.text)))
        }
        if let form = entries.form {
            return OptionalField(.some(query(form.value, form.path, variables: variables).map(RequestBody.form)))
        }
        if let file = entries.file {
            return OptionalField(.some(bodyFile(file.value, file.path).map(RequestBody.bytes)))
        }
        return .absent
    }

    /// The bytes of `bodyFile:`, read now so the run never touches the disk.
    private mutating func bodyFile(_ node: Node, _ path: ScenarioKeyPath) -> [UInt8]? {
        guard let written = text(node, path, expected: "the path of the body file") else { return nil }
        let resolved = resolveDataPath(written)
        guard let data = FileManager.default.contents(atPath: resolved) else {
            fail(
                "cannot read body file \(resolved)",
                expected: "a readable file (relative paths start at the scenario file's folder)", at: node, path)
            return nil
        }
        return Array(data)
    }

    /// `expect: [200-399, 404]` or `expect: 201`.
    private mutating func expectedStatuses(_ node: Node, _ path: ScenarioKeyPath) -> ExpectedStatuses? {
        let expected = "a status such as 404, a range such as 200-399, or a list of them"
        let items: [(Node, ScenarioKeyPath)]
        if case .sequence = node {
            guard let elements = sequence(node, path, expected: expected) else { return nil }
            items = elements
        } else {
            items = [(node, path)]
        }
        var ranges: [ClosedRange<Int>] = []
        for (item, itemPath) in items {
            guard let text = text(item, itemPath, expected: expected) else { return nil }
            let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                (100...599).contains(low), (100...599).contains(high), low <= high
            else {
                fail("invalid expected status \"\(text)\"", expected: expected, at: item, itemPath)
                return nil
            }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else {
            fail("no expected statuses", expected: expected, at: node, path)
            return nil
        }
        return ExpectedStatuses(ranges)
    }
}

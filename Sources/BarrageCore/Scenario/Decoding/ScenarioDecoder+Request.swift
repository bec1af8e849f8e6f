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
        let body = requestBody(json: entry("json"), text: entry("body"), variables: variables)
        let timeout = OptionalField(entry("timeout").map { positiveDuration($0.value, $0.path) })
        let tags = OptionalField(entry("tags").map { stringMap($0.value, $0.path) })
        let captures = OptionalField(entry("capture").map { self.captures($0.value, $0.path) })
        let checks = OptionalField(entry("check").map { self.checks($0.value, $0.path) })

        let optionalsValid = ![
            name.isInvalid, query.isInvalid, headers.isInvalid, body.isInvalid, timeout.isInvalid, tags.isInvalid,
            captures.isInvalid, checks.isInvalid,
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
            location: location(of: node)
        )
    }

    private mutating func query(_ node: Node, _ path: ScenarioKeyPath, variables: Set<String>) -> [QueryParameter]? {
        guard let entries = mapping(node, path, expected: "a mapping of parameter names to values") else { return nil }
        let parameters = entries.map { entry in
            template(entry.value, entry.path, runtimeVariables: variables, expected: "a parameter value")
                .map { QueryParameter(name: entry.key, value: $0) }
        }
        let decoded = parameters.compactMap { $0 }
        return decoded.count == parameters.count ? decoded : nil
    }

    private mutating func requestBody(
        json: MappingEntry?, text: MappingEntry?, variables: Set<String>
    ) -> OptionalField<RequestBody> {
        if json != nil, let text {
            fail("json and body are both set", expected: "either json or body", at: text.keyNode, text.path)
            return .invalid
        }
        if let json {
            return OptionalField(.some(jsonTemplate(json.value, json.path, variables: variables).map(RequestBody.json)))
        }
        if let text {
            let body = template(text.value, text.path, runtimeVariables: variables, expected: "the body text")
            return OptionalField(.some(body.map(RequestBody.text)))
        }
        return .absent
    }
}

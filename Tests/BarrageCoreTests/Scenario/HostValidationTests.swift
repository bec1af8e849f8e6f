import BarrageCore
import Testing

@Suite("Targets and allowed hosts")
struct HostValidationTests {
    func yaml(target: String, allowedHosts: String = "", flow: String = "      - get: /") -> String {
        """
        target: \(target)
        \(allowedHosts)
        scenarios:
          s:
            executor: constant-vus
            duration: 10s
            flow:
        \(flow)
        """
    }

    @Test("a target host that is not loopback is refused")
    func disallowedTarget() throws {
        let error = try ReportedError.only(yaml(target: "https://shop.example.com/api"))
        #expect((error.line, error.column) == (1, 9))
        #expect(error.keyPath == "target")
        #expect(error.problem == "target host shop.example.com is not allowed")
        #expect(error.expected == "a loopback address or a host listed in allowedHosts")
    }

    @Test("allowedHosts in the file admits a host")
    func allowedInFile() throws {
        let plan = try ScenarioFixtures.load(
            yaml(target: "https://Shop.Example.com/api/", allowedHosts: "allowedHosts: [shop.example.com]")
        ).get()
        #expect(plan.target == TargetURL(scheme: "https", host: "shop.example.com", port: 443, basePath: "/api"))
    }

    @Test("--allow-host admits a host")
    func allowedByCommandLine() throws {
        let plan = try ScenarioFixtures.load(yaml(target: "http://10.1.2.3:9000"), extraAllowedHosts: ["10.1.2.3"])
            .get()
        #expect(plan.target.host == "10.1.2.3")
        #expect(plan.allowedHosts == ["10.1.2.3"])
    }

    @Test("an absolute request URL is held to the same rule")
    func absoluteRequestURL() throws {
        let error = try ReportedError.only(
            yaml(target: "http://127.0.0.1:8080", flow: "      - get: http://evil.test/steal"))
        #expect((error.line, error.column) == (8, 14))
        #expect(error.keyPath == "scenarios.s.flow[0].get")
        #expect(error.problem == "target host evil.test is not allowed")
    }

    @Test("a run-time variable in an absolute URL's host is refused")
    func variableHost() throws {
        let error = try ReportedError.only(
            yaml(
                target: "http://127.0.0.1:8080",
                flow: "      - get: /\n        capture: { h: $.host }\n      - get: http://${h}/x"
            ))
        #expect(error.problem == #"the host of request URL "http://${h}/x" contains a run-time variable"#)
    }

    @Test(
        "a target that is not http(s) is refused",
        arguments: ["ftp://127.0.0.1", "127.0.0.1:8080", "http://", "http://127.0.0.1:99999", "http://127.0.0.1/?q=1"])
    func badTarget(target: String) throws {
        let error = try ReportedError.only(yaml(target: target))
        #expect(error.keyPath == "target")
        #expect(error.expected == "an http or https URL such as http://127.0.0.1:8080")
    }

    @Test(
        "loopback covers 127.0.0.0/8, ::1 and localhost",
        arguments: ["127.0.0.1", "127.9.8.7", "::1", "[::1]", "localhost", "LOCALHOST"])
    func loopback(host: String) {
        #expect(HostPolicy(allowedHosts: []).allows(host))
    }

    @Test(
        "other hosts need to be listed",
        arguments: ["128.0.0.1", "127.0.0.1.example.com", "localhost.evil", "::2", "10.0.0.1"])
    func notLoopback(host: String) {
        #expect(!HostPolicy(allowedHosts: []).allows(host))
        #expect(HostPolicy(allowedHosts: [host.uppercased()]).allows(host))
    }

    @Test("target URLs keep port, IPv6 host and base path")
    func targetParsing() throws {
        #expect(
            try TargetURL(parsing: "http://[::1]:8080/base/")
                == TargetURL(scheme: "http", host: "::1", port: 8080, basePath: "/base"))
        #expect(try TargetURL(parsing: "HTTPS://localhost") == TargetURL(scheme: "https", host: "localhost", port: 443))
        #expect(try TargetURL(parsing: "http://[::1]:8080/base").description == "http://[::1]:8080/base")
    }
}

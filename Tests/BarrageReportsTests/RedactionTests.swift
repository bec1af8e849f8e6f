import BarrageCore
import BarrageReports
import Testing

@Suite("Redaction")
struct RedactionTests {
    @Test(
        "header lines keep their name and lose their value",
        arguments: [
            ("Authorization: Bearer abc.def.ghi", "Authorization: [REDACTED]"),
            ("cookie: session=42; theme=dark", "cookie: [REDACTED]"),
            ("Set-Cookie: sid=xyz; HttpOnly", "Set-Cookie: [REDACTED]"),
            ("Content-Type: text/plain", "Content-Type: text/plain"),
        ])
    func headerLines(input: String, expected: String) {
        #expect(Redaction().redact("HTTP/1.1 401\n\(input)\nX: y") == "HTTP/1.1 401\n\(expected)\nX: y")
    }

    @Test("JSON members named like credential headers are redacted")
    func jsonMembers() {
        let body = #"{"authorization": "Basic dXNlcjpwYXNz", "user": "ann"}"#
        #expect(Redaction().redact(body) == #"{"authorization": "[REDACTED]", "user": "ann"}"#)
    }

    @Test("bearer tokens are redacted wherever they appear")
    func bearerTokens() {
        #expect(Redaction().redact("rejected token Bearer eyJhbGciOiJIUzI1NiJ9.x") == "rejected token Bearer [REDACTED]")
    }

    @Test("values of secret environment variables are redacted anywhere")
    func secretValues() {
        let redaction = Redaction(secrets: ["s3cr3t-key"])
        #expect(redaction.redact("invalid api key s3cr3t-key for user") == "invalid api key [REDACTED] for user")
    }

    @Test("a summary's error samples, check names and target password are redacted")
    func summary() {
        var summary = RunFixture().summary()
        summary.errorSamples[0].body = "Cookie: sid=1"
        summary.errorSamples[0].message = "token s3cr3t rejected"
        summary.checks[0].name = "key s3cr3t accepted"
        summary.run.target = "https://ann:hunter2@127.0.0.1:8443"
        let redacted = Redaction(secrets: ["s3cr3t"]).redact(summary)
        #expect(redacted.errorSamples[0].body == "Cookie: [REDACTED]")
        #expect(redacted.errorSamples[0].message == "token [REDACTED] rejected")
        #expect(redacted.checks[0].name == "key [REDACTED] accepted")
        #expect(redacted.run.target == "https://ann:[REDACTED]@127.0.0.1:8443")
    }

    @Test("a URL's password is redacted wherever the URL appears in a line, as the CLI prints it")
    func urlPasswordInText() {
        let line = #"error: smoke.yaml:2:9: target: "https://ann:hunter2@staging.internal/api" has user information"#
        let redacted = Redaction().redact(line)
        #expect(!redacted.contains("hunter2"))
        #expect(redacted.contains("https://ann:[REDACTED]@staging.internal/api"))
    }
}

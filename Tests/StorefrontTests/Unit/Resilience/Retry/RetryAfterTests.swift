import Testing

@testable import Storefront

@Suite("Retry-After header")
struct RetryAfterTests {
    @Test func delaySecondsAreRead() {
        #expect(RetryAfter(headerValue: " 120 ") == .seconds(120))
        #expect(RetryAfter(headerValue: "120")?.delay(nowUnixSeconds: 0) == .seconds(120))
    }

    @Test func httpDateIsReadAsUnixTime() {
        #expect(RetryAfter(headerValue: "Sun, 06 Nov 1994 08:49:37 GMT") == .date(unixSeconds: 784_111_777))
    }

    @Test func leapDayDateIsRead() {
        #expect(RetryAfter(headerValue: "Thu, 29 Feb 2024 00:00:00 GMT") == .date(unixSeconds: 1_709_164_800))
    }

    @Test func dateInTheFutureGivesTheTimeUntilIt() {
        let header = RetryAfter(headerValue: "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(header?.delay(nowUnixSeconds: 784_111_767.5) == .milliseconds(9500))
    }

    @Test func dateInThePastMeansNoWait() {
        let header = RetryAfter(headerValue: "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(header?.delay(nowUnixSeconds: 784_111_800) == .zero)
    }

    @Test(arguments: ["", "-5", "soon", "Sun, 06 Nov 1994 08:49:37 PST", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 25:00:00 GMT"])
    func malformedValuesAreIgnored(value: String) {
        #expect(RetryAfter(headerValue: value) == nil)
    }
}

import Testing

@testable import Storefront

@Suite struct ReadinessReportTests {
    @Test func bothUpIsReady() {
        let report = ReadinessReport(postgresAnswers: true, redisAnswers: true)
        #expect(report.status == "ready" && report.httpStatus == .ok && report.error == nil)
    }

    @Test func redisDownIsDegradedButStillServing() {
        let report = ReadinessReport(postgresAnswers: true, redisAnswers: false)
        #expect(report.status == "degraded" && report.httpStatus == .ok)
        #expect(report.checks == ["postgres": "ok", "redis": "unavailable"])
    }

    @Test func databaseDownIsUnavailableWithTheErrorShape() {
        let report = ReadinessReport(postgresAnswers: false, redisAnswers: true)
        #expect(report.status == "unavailable" && report.httpStatus == .serviceUnavailable)
        #expect(report.error?.code == .serviceUnavailable)
    }
}

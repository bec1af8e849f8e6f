import Testing

@testable import Storefront

@Suite struct CatalogGenerationTests {
    let start = ContinuousClock.now

    @Test func anUnconfirmedGenerationIsNotUsableAndNeedsARead() {
        let generation = CatalogGeneration(checkInterval: .seconds(1))
        #expect(generation.usable(now: start) == nil)
        #expect(generation.needsRefresh(now: start))
    }

    @Test func isRereadAfterTheCheckIntervalAndDistrustedAfterTwo() {
        var generation = CatalogGeneration(checkInterval: .seconds(1))
        generation.confirm(5, now: start)
        #expect(!generation.needsRefresh(now: start.advanced(by: .milliseconds(999))))
        #expect(generation.needsRefresh(now: start.advanced(by: .seconds(1))))
        #expect(generation.usable(now: start.advanced(by: .milliseconds(1999))) == 5)
        #expect(generation.usable(now: start.advanced(by: .seconds(2))) == nil, "Redis silent too long: memory is not trusted")
    }

    @Test func confirmReportsAChangeSoTheInProcessLayerIsCleared() {
        var generation = CatalogGeneration(checkInterval: .seconds(1))
        let first = generation.confirm(5, now: start)
        let same = generation.confirm(5, now: start)
        let next = generation.confirm(6, now: start)
        #expect(first && !same && next)
    }

    @Test func anUnpublishedChangeTurnsTheInProcessLayerOff() {
        var generation = CatalogGeneration(checkInterval: .seconds(1))
        generation.confirm(5, now: start)
        generation.invalidate()
        #expect(generation.usable(now: start) == nil)
        #expect(generation.needsRefresh(now: start))
    }
}

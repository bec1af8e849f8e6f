import Foundation
import Testing

@testable import Storefront

@Suite struct StockLevelsTests {
    let start = ContinuousClock.now
    let lamp = UUID()
    let mug = UUID()

    @Test func aFigureIsServedUntilItIsOlderThanTheFreshnessLimit() {
        var levels = StockLevels(freshness: .seconds(1))
        levels.record(StockLevel(productID: lamp, stock: 7, version: 3), now: start)
        let early = levels.lookup([lamp, mug], now: start.advanced(by: .milliseconds(999)))
        #expect(early.fresh == [lamp: 7])
        #expect(early.stale == [mug], "an unknown product must be fetched")
        #expect(levels.lookup([lamp], now: start.advanced(by: .seconds(1))).stale == [lamp])
    }

    @Test func anOlderVersionNeverReplacesANewerOne() {
        var levels = StockLevels(freshness: .seconds(1))
        levels.record(StockLevel(productID: lamp, stock: 6, version: 4), now: start)
        // A fetch that started before the write above and finished after it.
        levels.record(StockLevel(productID: lamp, stock: 7, version: 3), now: start.advanced(by: .milliseconds(10)))
        #expect(levels.lookup([lamp], now: start).fresh == [lamp: 6])
    }

    @Test func readingTheSameVersionAgainConfirmsIt() {
        var levels = StockLevels(freshness: .seconds(1))
        levels.record(StockLevel(productID: lamp, stock: 6, version: 4), now: start)
        levels.record(StockLevel(productID: lamp, stock: 6, version: 4), now: start.advanced(by: .milliseconds(900)))
        #expect(levels.lookup([lamp], now: start.advanced(by: .milliseconds(1500))).fresh == [lamp: 6])
    }

    @Test func theLastKnownFigureSurvivesItsFreshness() {
        var levels = StockLevels(freshness: .seconds(1))
        levels.record(StockLevel(productID: lamp, stock: 2, version: 1), now: start)
        #expect(levels.lastKnown(lamp) == 2)
        #expect(levels.lastKnown(mug) == nil)
    }
}

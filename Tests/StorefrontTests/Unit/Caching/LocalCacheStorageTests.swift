import Testing

@testable import Storefront

@Suite struct LocalCacheStorageTests {
    let start = ContinuousClock.now

    @Test func servesAStoredValueUntilItsTTLEnds() {
        var cache = LocalCacheStorage<String>(capacity: 10, timeToLive: .seconds(300))
        cache.insert("widget", for: "product:1", generation: 7, now: start)
        #expect(cache.value(for: "product:1", generation: 7, now: start.advanced(by: .seconds(299))) == "widget")
        #expect(cache.value(for: "product:1", generation: 7, now: start.advanced(by: .seconds(300))) == nil)
    }

    @Test func neverServesAnEntryStoredUnderAnotherGeneration() {
        var cache = LocalCacheStorage<String>(capacity: 10, timeToLive: .seconds(300))
        cache.insert("old stock", for: "product:1", generation: 7, now: start)
        #expect(cache.value(for: "product:1", generation: 8, now: start) == nil)
        #expect(cache.value(for: "product:1", generation: 7, now: start) == nil, "the stale entry was dropped")
    }

    @Test func evictsTheLeastRecentlyUsedEntriesWhenFull() {
        var cache = LocalCacheStorage<Int>(capacity: 10, timeToLive: .seconds(300))
        for index in 0..<10 {
            cache.insert(index, for: "k\(index)", generation: 1, now: start)
        }
        _ = cache.value(for: "k0", generation: 1, now: start)
        cache.insert(10, for: "k10", generation: 1, now: start)
        #expect(cache.count == 9)
        #expect(cache.value(for: "k0", generation: 1, now: start) == 0, "recently read, so kept")
        #expect(cache.value(for: "k1", generation: 1, now: start) == nil, "least recently used, so evicted")
        #expect(cache.value(for: "k10", generation: 1, now: start) == 10)
    }

    @Test func aZeroCapacityOrTTLStoresNothing() {
        var noRoom = LocalCacheStorage<Int>(capacity: 0, timeToLive: .seconds(300))
        var noTime = LocalCacheStorage<Int>(capacity: 10, timeToLive: .zero)
        noRoom.insert(1, for: "k", generation: 1, now: start)
        noTime.insert(1, for: "k", generation: 1, now: start)
        #expect(noRoom.count == 0 && noTime.count == 0)
    }
}

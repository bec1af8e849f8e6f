import Testing

@testable import Storefront

@Suite struct LoadCoalescerTests {
    /// Ten misses of one key while its load is held open: the load runs once and all ten get its value.
    /// The load is released only after the other nine have joined it, so the count does not depend on timing.
    @Test func concurrentMissesOfOneKeyShareOneLoad() async throws {
        let loads = Tally()
        let joined = Tally()
        let (gate, open) = AsyncStream.makeStream(of: Void.self)
        let coalescer = LoadCoalescer<Int>(onJoin: { joined.add() })
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try await coalescer.value(for: "product:list:v1") {
                        loads.add()
                        for await _ in gate { break }
                        return 42
                    }
                }
            }
            while joined.value < 9 { await Task.yield() }
            open.yield()
            open.finish()
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(values == Array(repeating: 42, count: 10))
        #expect(loads.value == 1)
    }

    /// A finished load is not a cache: the next miss loads again, and other keys never share a load.
    @Test func laterMissesAndOtherKeysLoadAgain() async throws {
        let loads = Tally()
        let coalescer = LoadCoalescer<Int>()
        let count: @Sendable () async throws -> Int = { loads.add() }
        #expect(try await coalescer.value(for: "a", load: count) == 1)
        #expect(try await coalescer.value(for: "a", load: count) == 2)
        #expect(try await coalescer.value(for: "b", load: count) == 3)
    }

    /// A failed load fails every caller that shared it, and the next miss tries again.
    @Test func aFailureIsSharedAndNotKept() async throws {
        struct Down: Error {}
        let coalescer = LoadCoalescer<Int>()
        await #expect(throws: Down.self) { try await coalescer.value(for: "a") { throw Down() } }
        #expect(try await coalescer.value(for: "a") { 7 } == 7)
    }
}

import BarrageCore
import Testing

@Suite("data row allocation")
struct DataAllocationTests {
    @Test("sequential: each VU walks the rows from the top, wrapping")
    func sequential() {
        let rows = (0..<5).map {
            DataAllocation.sequential.choose(rows: 3, vu: 9, iteration: $0, ticket: 0, randomBits: 0)
        }
        #expect(rows == [.row(0), .row(1), .row(2), .row(0), .row(1)])
    }

    @Test("random: the row follows the random bits")
    func random() {
        #expect(DataAllocation.random.choose(rows: 10, vu: 1, iteration: 0, ticket: 0, randomBits: 23) == .row(3))
    }

    @Test("unique: VU n gets row n-1 whatever the iteration; beyond the rows there is none")
    func unique() {
        #expect(DataAllocation.unique.choose(rows: 3, vu: 2, iteration: 7, ticket: 0, randomBits: 0) == .row(1))
        #expect(DataAllocation.unique.choose(rows: 3, vu: 4, iteration: 0, ticket: 0, randomBits: 0) == .unavailable)
    }

    @Test("unique-iteration hands each ticket its own row, then applies the exhaustion policy")
    func uniqueIteration() {
        func choose(_ policy: ExhaustionPolicy, ticket: Int) -> DataRowChoice {
            DataAllocation.uniqueIteration(onExhausted: policy).choose(
                rows: 4, vu: 1, iteration: 0, ticket: ticket, randomBits: 0)
        }
        #expect((0..<4).map { choose(.stop, ticket: $0) } == [.row(0), .row(1), .row(2), .row(3)])
        #expect(choose(.stop, ticket: 4) == .stop)
        #expect(choose(.recycle, ticket: 6) == .row(2))
        #expect(choose(.fail, ticket: 4) == .unavailable)
    }
}

import Foundation
import Synchronization
import Testing

@testable import Storefront

@Suite struct StockBookTests {
    /// A stand-in for PostgreSQL's `product_stock`: answers from a table, or fails, and counts its calls.
    final class Source: Sendable {
        let table: Mutex<[UUID: StockLevel]>
        let failing = Mutex(false)
        let asked = Mutex<[[UUID]]>([])

        init(_ levels: [StockLevel]) {
            table = Mutex(Dictionary(uniqueKeysWithValues: levels.map { ($0.productID, $0) }))
        }

        func fetch(_ ids: [UUID]) throws -> [StockLevel] {
            asked.withLock { $0.append(ids) }
            if failing.withLock({ $0 }) { throw CancellationError() }
            return table.withLock { table in ids.compactMap { table[$0] } }
        }
    }

    let lamp = UUID()
    let mug = UUID()

    @Test func fetchesOnlyWhatItHoldsNoFreshFigureOf() async throws {
        let source = Source([StockLevel(productID: lamp, stock: 5, version: 1), StockLevel(productID: mug, stock: 9, version: 1)])
        let book = StockBook(freshness: .seconds(60)) { try source.fetch($0) }
        book.record([StockLevel(productID: lamp, stock: 4, version: 2)])
        #expect(try await book.stock(of: [lamp, mug]) == [lamp: 4, mug: 9])
        #expect(source.asked.withLock { $0 } == [[mug]])
        #expect(try await book.stock(of: [lamp, mug]) == [lamp: 4, mug: 9])
        #expect(source.asked.withLock { $0.count } == 1, "both figures are fresh now")
    }

    @Test func whenPostgreSQLFailsTheLastKnownFiguresAreUsed() async throws {
        let source = Source([StockLevel(productID: lamp, stock: 5, version: 1)])
        let book = StockBook(freshness: .zero) { try source.fetch($0) }
        #expect(try await book.stock(of: [lamp]) == [lamp: 5])
        source.failing.withLock { $0 = true }
        #expect(try await book.stock(of: [lamp]) == [lamp: 5])
    }

    @Test func aProductNeverSeenCannotBeServedWithoutPostgreSQL() async throws {
        let source = Source([])
        source.failing.withLock { $0 = true }
        let book = StockBook(freshness: .seconds(60)) { try source.fetch($0) }
        await #expect(throws: StockBook.Unavailable.self) { try await book.stock(of: [mug]) }
    }
}

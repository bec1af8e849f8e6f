import Foundation
import NIOCore
import Testing

@testable import Storefront

@Suite struct CatalogTemplateTests {
    let created = Date(timeIntervalSince1970: 1_700_000_000)

    private func product(_ name: String, stock: Int, attributes: [String: JSONValue] = [:]) -> Product {
        Product(
            id: UUID(), name: name, description: "d", price: 100, stock: stock, attributes: attributes, status: .active,
            createdAt: created, updatedAt: created)
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ body: ByteBuffer) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(body.readableBytesView))
    }

    @Test func aProductRendersWithTheStockItIsGiven() throws {
        let lamp = product("Lamp", stock: 3)
        let template = try CatalogTemplate(product: lamp)
        #expect(!String(decoding: template.json, as: UTF8.self).contains("stock"))
        var expected = lamp
        expected.stock = 41
        #expect(try decode(Product.self, template.render(stock: [lamp.id: 41])) == expected)
    }

    @Test func aPageRendersEveryProductWithItsOwnStock() throws {
        let products = [product("Lamp", stock: 1), product("Mug", stock: 2), product("Kettle", stock: 3)]
        let pagination = PageInfo(request: try PageRequest(page: "2", limit: "3"), total: 9)
        let template = try CatalogTemplate(page: products, pagination: pagination)
        let rendered = try decode(Page<Product>.self, template.render(stock: [products[0].id: 10, products[1].id: 20, products[2].id: 30]))
        #expect(rendered.data.map(\.stock) == [10, 20, 30])
        #expect(rendered.data.map(\.name) == ["Lamp", "Mug", "Kettle"])
        #expect(rendered.pagination == pagination)
    }

    @Test func anEmptyPageHasNoSlots() throws {
        let template = try CatalogTemplate(page: [], pagination: PageInfo(request: try PageRequest(page: nil, limit: nil), total: 0))
        #expect(template.slots.isEmpty)
        #expect(try decode(Page<Product>.self, template.render(stock: [:])).data.isEmpty)
    }

    @Test func anAttributeNamedStockIsDataNotASlot() throws {
        let forged = product("Forged", stock: 1, attributes: ["stock": .string("999")])
        let template = try CatalogTemplate(product: forged)
        let rendered = try decode(Product.self, template.render(stock: [forged.id: 5]))
        #expect(rendered.stock == 5)
        #expect(rendered.attributes["stock"] == .string("999"))
    }

    @Test func survivesTheTripThroughRedis() throws {
        let products = [product("Lamp", stock: 1), product("Mug", stock: 2)]
        let template = try CatalogTemplate(page: products, pagination: PageInfo(request: try PageRequest(page: nil, limit: nil), total: 2))
        #expect(CatalogTemplate(serialized: template.serialized) == template)
    }

    @Test func aPlainJSONBodyFromAnOlderServerIsNotATemplate() {
        #expect(CatalogTemplate(serialized: ByteBuffer(string: #"{"id":"x","stock":3}"#)) == nil)
        #expect(CatalogTemplate(serialized: ByteBuffer(string: "catalog-template/1 1\n5 not-a-uuid\n{}")) == nil)
        #expect(CatalogTemplate(serialized: ByteBuffer(string: "catalog-template/1 1\n0 \(UUID().uuidString)\n{}")) == nil)
    }
}

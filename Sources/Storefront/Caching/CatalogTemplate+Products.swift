import Foundation

extension CatalogTemplate {
    /// `GET /products/{id}`'s body for `product`, stock left out.
    init(product: Product) throws {
        let json = try CachedBody.encoder.encode(StocklessProduct(product))
        self.init(json: Array(json), slots: [Slot(offset: json.count - 1, productID: product.id)])
    }

    /// `GET /products`'s body, `{"data":[…],"pagination":{…}}`, stock left out. Each product is encoded
    /// on its own and the page is put together around them, so every slot's offset is known exactly.
    init(page products: [Product], pagination: PageInfo) throws {
        let encoder = CachedBody.encoder
        var json = Array(#"{"data":["#.utf8)
        var slots: [Slot] = []
        slots.reserveCapacity(products.count)
        for (index, product) in products.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(contentsOf: try encoder.encode(StocklessProduct(product)))
            slots.append(Slot(offset: json.count - 1, productID: product.id))
        }
        json.append(contentsOf: #"],"pagination":"#.utf8)
        json.append(contentsOf: try encoder.encode(pagination))
        json.append(UInt8(ascii: "}"))
        self.init(json: json, slots: slots)
    }
}

/// A product encoded with every field but `stock` (which `CatalogTemplate.render` adds), under the same
/// keys as `Product`'s own encoding.
private struct StocklessProduct: Encodable {
    let product: Product

    init(_ product: Product) {
        self.product = product
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Product.CodingKeys.self)
        try container.encode(product.id, forKey: .id)
        try container.encode(product.name, forKey: .name)
        try container.encode(product.description, forKey: .description)
        try container.encode(product.price, forKey: .price)
        try container.encode(product.attributes, forKey: .attributes)
        try container.encode(product.status, forKey: .status)
        try container.encode(product.createdAt, forKey: .createdAt)
        try container.encode(product.updatedAt, forKey: .updatedAt)
    }
}

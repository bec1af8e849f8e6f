/// `POST /products` and `PUT /products/{id}`: the full set of writable fields. `id`, timestamps and
/// anything else in the body are ignored.
struct ProductInput: Decodable, Sendable {
    var name: String
    var description: String?
    var price: Int
    var stock: Int
    var attributes: [String: JSONValue]?
    var status: ProductStatus?

    func validate() throws(APIError) {
        try ProductChanges(self).validate()
    }
}

/// `PATCH /products/{id}`: any subset of the writable fields.
struct ProductPatch: Decodable, Sendable {
    var name: String?
    var description: String?
    var price: Int?
    var stock: Int?
    var attributes: [String: JSONValue]?
    var status: ProductStatus?
}

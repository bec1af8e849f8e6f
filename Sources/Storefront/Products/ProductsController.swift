import Hummingbird

/// The catalogue endpoints: public reads through the two cache layers (bodies cached without stock, the
/// current stock put in as they are served), admin-only writes (soft delete) that invalidate what the
/// caches hold and record the stock they wrote.
struct ProductsController: Sendable {
    let products: ProductRepository
    let cache: ProductCache

    func addRoutes(to api: RouterGroup<AppRequestContext>, admin: RouterGroup<AdminRequestContext>) {
        api.get("products", use: list)
        api.get("products/:id", use: show)
        admin.post("products", use: create)
        admin.put("products/:id", use: replace)
        admin.patch("products/:id", use: patch)
        admin.delete("products/:id", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let pairs = request.queryPairs
        let page = try PageRequest(page: request.uri.queryParameters.get("page"), limit: request.uri.queryParameters.get("limit"))
        let query = try ProductListQuery(parameters: pairs)
        let body = try await cache.body(for: .listing(query, page)) {
            let result = try await products.list(query, page: page)
            cache.stock.record(result.rows.map(\.stockLevel))
            return try CatalogTemplate(page: result.rows.map(\.product), pagination: PageInfo(request: page, total: result.total))
        }
        guard let body else { throw APIError.internalError }
        return CachedBody.response(body)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.resourceID("Product")
        let body = try await cache.body(for: .product(id)) {
            guard let row = try await products.find(id: id) else { return nil }
            cache.stock.record([row.stockLevel])
            return try CatalogTemplate(product: row.product)
        }
        guard let body else { throw APIError.notFound("Product") }
        return CachedBody.response(body)
    }

    @Sendable func create(_ request: Request, context: AdminRequestContext) async throws -> EditedResponse<Product> {
        let input = try await request.decodeJSON(as: ProductInput.self, context: context)
        try input.validate()
        let row = try await products.create(ProductChanges(input))
        cache.stock.record([row.stockLevel])
        await cache.invalidate(productIDs: [row.product.id])
        return EditedResponse(status: .created, headers: [.location: "/api/v1/products/\(row.product.id)"], response: row.product)
    }

    @Sendable func replace(_ request: Request, context: AdminRequestContext) async throws -> Product {
        let id = try context.resourceID("Product")
        let input = try await request.decodeJSON(as: ProductInput.self, context: context)
        try input.validate()
        guard let row = try await products.update(id: id, ProductChanges(input)) else { throw APIError.notFound("Product") }
        cache.stock.record([row.stockLevel])
        await cache.invalidate(productIDs: [id])
        return row.product
    }

    @Sendable func patch(_ request: Request, context: AdminRequestContext) async throws -> Product {
        let id = try context.resourceID("Product")
        let changes = ProductChanges(try await request.decodeJSON(as: ProductPatch.self, context: context))
        try changes.validate()
        guard let row = try await products.update(id: id, changes) else { throw APIError.notFound("Product") }
        cache.stock.record([row.stockLevel])
        await cache.invalidate(productIDs: [id])
        return row.product
    }

    @Sendable func delete(_ request: Request, context: AdminRequestContext) async throws -> HTTPResponse.Status {
        let id = try context.resourceID("Product")
        guard try await products.softDelete(id: id) else { throw APIError.notFound("Product") }
        await cache.invalidate(productIDs: [id])
        return .noContent
    }
}

extension Product: ResponseEncodable {}
extension Page: ResponseEncodable {}

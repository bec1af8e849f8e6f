import HTTPTypes
import Hummingbird

/// Order endpoints: callers create and read their own orders (others' are 404); admins see all and change
/// statuses. Orders move stock, so each create and cancellation tells the cache the levels it wrote; the
/// repositories' `OrderFailure`s become API errors here.
struct OrdersController: Sendable {
    let orders: OrderRepository
    let cache: ProductCache

    /// Longest Idempotency-Key accepted.
    static let maximumKeyLength = 255

    func addRoutes(to authenticated: RouterGroup<AuthenticatedRequestContext>, admin: RouterGroup<AdminRequestContext>) {
        authenticated.post("orders", use: create)
        authenticated.get("orders", use: list)
        authenticated.get("orders/:id", use: show)
        admin.patch("orders/:id", use: changeStatus)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedRequestContext) async throws -> EditedResponse<Order> {
        let identity = context.identity
        guard identity.role.canOrder else { throw APIError.forbidden }
        let key = request.headers[.idempotencyKey]
        if let key {
            guard !key.isEmpty, key.count <= Self.maximumKeyLength else {
                throw APIError.validation([ErrorDetail(field: "Idempotency-Key", issue: "must be 1 to \(Self.maximumKeyLength) characters")])
            }
        }
        let draft = try OrderDraft(try await request.decodeJSON(as: CreateOrderRequest.self, context: context))
        let creation: OrderRepository.Creation
        do {
            creation = try await orders.create(userID: identity.id, draft: draft, idempotencyKey: key)
        } catch let failure as OrderFailure {
            throw APIError(failure)
        }
        cache.stock.record(creation.stock)
        var headers: HTTPFields = [.location: "/api/v1/orders/\(creation.order.id)"]
        if creation.replayed {
            headers[.idempotentReplayed] = "true"
        }
        return EditedResponse(status: .created, headers: headers, response: creation.order)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedRequestContext) async throws -> Page<Order> {
        let identity = context.identity
        let page = try PageRequest(page: request.uri.queryParameters.get("page"), limit: request.uri.queryParameters.get("limit"))
        let result = try await orders.list(ownerID: identity.role == .admin ? nil : identity.id, page: page)
        return Page(data: result.orders, pagination: PageInfo(request: page, total: result.total))
    }

    @Sendable func show(_ request: Request, context: AuthenticatedRequestContext) async throws -> Order {
        let identity = context.identity
        let id = try context.resourceID("Order")
        guard let order = try await orders.find(id: id, ownerID: identity.role == .admin ? nil : identity.id) else {
            throw APIError(OrderFailure.orderNotFound)
        }
        return order
    }

    @Sendable func changeStatus(_ request: Request, context: AdminRequestContext) async throws -> Order {
        let id = try context.resourceID("Order")
        let change = try await request.decodeJSON(as: OrderStatusChange.self, context: context)
        do {
            let (order, stock) = try await orders.changeStatus(id: id, to: change.status)
            cache.stock.record(stock)
            return order
        } catch let failure as OrderFailure {
            throw APIError(failure)
        }
    }
}

extension HTTPField.Name {
    /// `Idempotency-Key` (IETF draft): lets a client retry a create without creating twice.
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// Marks a response replayed from an earlier request with the same Idempotency-Key.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}

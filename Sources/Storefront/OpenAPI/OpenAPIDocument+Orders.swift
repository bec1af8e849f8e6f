extension OpenAPIDocument {
    static let orderPaths: [String: JSONValue] = [
        "/api/v1/orders": [
            "post": OpenAPI.operation(
                "createOrder", "Place an order; stock is reserved and the total computed by the server", secured: true,
                parameters: [
                    [
                        "name": "Idempotency-Key", "in": "header", "required": false, "schema": ["type": "string", "maxLength": 255],
                        "description": "Retrying with the same key returns the first result instead of a second order",
                    ]
                ],
                body: OpenAPI.jsonBody("CreateOrderRequest"),
                responses: [
                    "201": OpenAPI.response(
                        "Created (or replayed, with Idempotent-Replayed: true)", "Order",
                        headers: ["Idempotent-Replayed": ["schema": ["type": "string", "enum": ["true"]]]]
                    )
                ],
                errors: [400, 401, 403, 409, 413]
            ),
            "get": OpenAPI.operation(
                "listOrders", "The caller's orders, newest first (admins see all)", secured: true,
                parameters: [
                    OpenAPI.query("page", ["type": "integer", "minimum": 1, "default": 1], "Page number, from 1"),
                    OpenAPI.query("limit", ["type": "integer", "minimum": 1, "maximum": 100, "default": 20], "Page size, capped at 100"),
                ],
                responses: ["200": OpenAPI.response("A page of orders", "OrderPage")],
                errors: [400, 401]
            ),
        ],
        "/api/v1/orders/{id}": [
            "parameters": [OpenAPI.idParameter],
            "get": OpenAPI.operation(
                "getOrder", "One of the caller's orders (another user's order is 404)", secured: true,
                responses: ["200": OpenAPI.response("The order", "Order")],
                errors: [401, 404]
            ),
            "patch": OpenAPI.operation(
                "changeOrderStatus", "Move an order pending→paid→shipped or pending→cancelled (restores stock) (admin)",
                secured: true,
                body: OpenAPI.jsonBody("OrderStatusChange"),
                responses: ["200": OpenAPI.response("Updated", "Order")],
                errors: [400, 401, 403, 404, 409, 413]
            ),
        ],
    ]
}

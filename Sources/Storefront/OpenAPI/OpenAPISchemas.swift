/// The component schemas, matching the Codable types field for field.
enum OpenAPISchemas {
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let timestamp: JSONValue = ["type": "string", "format": "date-time"]
    static let money: JSONValue = ["type": "integer", "minimum": 0, "description": "Minor units (cents)"]

    static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static let all: [String: JSONValue] = [
        "Error": object(
            [
                "error": object(
                    [
                        "code": [
                            "type": "string",
                            "enum": .array(ErrorCode.allCases.map { .string($0.rawValue) }),
                        ],
                        "message": ["type": "string"],
                        "details": [
                            "type": "array",
                            "items": object(["field": ["type": "string"], "issue": ["type": "string"]], required: ["issue"]),
                        ],
                    ],
                    required: ["code", "message", "details"]
                )
            ],
            required: ["error"]
        ),
        "RegisterRequest": object(
            [
                "email": ["type": "string", "format": "email", "maxLength": 254],
                "password": ["type": "string", "minLength": 8, "description": "At most 72 bytes"],
                "name": ["type": "string", "minLength": 1, "maxLength": 100],
            ],
            required: ["email", "password", "name"]
        ),
        "LoginRequest": object(["email": ["type": "string"], "password": ["type": "string"]], required: ["email", "password"]),
        "AuthResponse": object(
            ["token": ["type": "string"], "token_type": ["type": "string", "enum": ["Bearer"]], "expires_at": timestamp, "user": OpenAPI.ref("User")],
            required: ["token", "token_type", "expires_at", "user"]
        ),
        "User": object(
            [
                "id": uuid, "email": ["type": "string"], "name": ["type": "string"],
                "role": ["type": "string", "enum": ["admin", "user", "guest"]], "created_at": timestamp, "updated_at": timestamp,
            ],
            required: ["id", "email", "name", "role", "created_at", "updated_at"]
        ),
        "Product": object(
            [
                "id": uuid, "name": ["type": "string"], "description": ["type": "string"], "price": money,
                "stock": ["type": "integer", "minimum": 0], "attributes": ["type": "object"],
                "status": ["type": "string", "enum": ["active", "inactive"]], "created_at": timestamp, "updated_at": timestamp,
            ],
            required: ["id", "name", "description", "price", "stock", "attributes", "status", "created_at", "updated_at"]
        ),
        "ProductInput": object(
            [
                "name": ["type": "string", "minLength": 1, "maxLength": 200], "description": ["type": "string", "maxLength": 10000],
                "price": money, "stock": ["type": "integer", "minimum": 0], "attributes": ["type": "object"],
                "status": ["type": "string", "enum": ["active", "inactive"]],
            ],
            required: ["name", "price", "stock"]
        ),
        "ProductPatch": object(
            [
                "name": ["type": "string", "minLength": 1, "maxLength": 200], "description": ["type": "string"],
                "price": money, "stock": ["type": "integer", "minimum": 0], "attributes": ["type": "object"],
                "status": ["type": "string", "enum": ["active", "inactive"]],
            ],
            required: []
        ),
        "ProductPage": object(["data": ["type": "array", "items": OpenAPI.ref("Product")], "pagination": OpenAPI.ref("Pagination")], required: ["data", "pagination"]),
        "Pagination": object(
            ["page": ["type": "integer"], "limit": ["type": "integer"], "total": ["type": "integer"], "total_pages": ["type": "integer"]],
            required: ["page", "limit", "total", "total_pages"]
        ),
        "CreateOrderRequest": object(
            [
                "items": [
                    "type": "array", "minItems": 1, "maxItems": 100,
                    "items": object(["product_id": uuid, "quantity": ["type": "integer", "minimum": 1, "maximum": 10000]], required: ["product_id", "quantity"]),
                ]
            ],
            required: ["items"]
        ),
        "Order": object(
            [
                "id": uuid, "user_id": uuid, "status": ["type": "string", "enum": ["pending", "paid", "shipped", "cancelled"]],
                "total": money, "created_at": timestamp, "updated_at": timestamp,
                "items": [
                    "type": "array",
                    "items": object(
                        ["product_id": uuid, "product_name": ["type": "string"], "quantity": ["type": "integer"], "unit_price": money, "line_total": money],
                        required: ["product_id", "product_name", "quantity", "unit_price", "line_total"]
                    ),
                ],
            ],
            required: ["id", "user_id", "status", "total", "items", "created_at", "updated_at"]
        ),
        "OrderPage": object(["data": ["type": "array", "items": OpenAPI.ref("Order")], "pagination": OpenAPI.ref("Pagination")], required: ["data", "pagination"]),
        "OrderStatusChange": object(["status": ["type": "string", "enum": ["paid", "shipped", "cancelled"]]], required: ["status"]),
        "Health": object(["status": ["type": "string"], "checks": ["type": "object"]], required: ["status"]),
    ]
}

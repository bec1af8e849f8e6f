extension OpenAPIDocument {
    static let productPaths: [String: JSONValue] = [
        "/api/v1/products": [
            "get": OpenAPI.operation(
                "listProducts", "List live products with pagination, filters, search and sorting",
                parameters: [
                    OpenAPI.query("page", ["type": "integer", "minimum": 1, "default": 1], "Page number, from 1"),
                    OpenAPI.query("limit", ["type": "integer", "minimum": 1, "maximum": 100, "default": 20], "Page size, capped at 100"),
                    OpenAPI.query("q", ["type": "string", "maxLength": 200], "Full-text search in name and description"),
                    OpenAPI.query("min_price", ["type": "integer", "minimum": 0], "Lowest price (minor units)"),
                    OpenAPI.query("max_price", ["type": "integer", "minimum": 0], "Highest price (minor units)"),
                    OpenAPI.query("in_stock", ["type": "boolean"], "Only products with stock > 0"),
                    OpenAPI.query("status", ["type": "string", "enum": ["active", "inactive"], "default": "active"], "Product status"),
                    OpenAPI.query(
                        "sort", ["type": "string", "enum": ["-created_at", "created_at", "price", "-price", "name", "-name"], "default": "-created_at"],
                        "Sort order; a leading - means descending"
                    ),
                    OpenAPI.query("attr.{key}", ["type": "string"], "Attribute equality filter, e.g. attr.color=red (JSONB containment)"),
                ],
                responses: ["200": OpenAPI.response("A page of products", "ProductPage")],
                errors: [400]
            ),
            "post": OpenAPI.operation(
                "createProduct", "Create a product (admin)", secured: true,
                body: OpenAPI.jsonBody("ProductInput"),
                responses: ["201": OpenAPI.response("Created", "Product")],
                errors: [400, 401, 403, 413]
            ),
        ],
        "/api/v1/products/{id}": [
            "parameters": [OpenAPI.idParameter],
            "get": OpenAPI.operation(
                "getProduct", "One live product",
                responses: ["200": OpenAPI.response("The product", "Product")],
                errors: [404]
            ),
            "put": OpenAPI.operation(
                "replaceProduct", "Replace a product's writable fields (admin)", secured: true,
                body: OpenAPI.jsonBody("ProductInput"),
                responses: ["200": OpenAPI.response("Updated", "Product")],
                errors: [400, 401, 403, 404, 413]
            ),
            "patch": OpenAPI.operation(
                "updateProduct", "Change some of a product's fields (admin)", secured: true,
                body: OpenAPI.jsonBody("ProductPatch"),
                responses: ["200": OpenAPI.response("Updated", "Product")],
                errors: [400, 401, 403, 404, 413]
            ),
            "delete": OpenAPI.operation(
                "deleteProduct", "Soft-delete a product (admin)", secured: true,
                responses: ["204": OpenAPI.response("Deleted")],
                errors: [401, 403, 404]
            ),
        ],
    ]
}

extension OpenAPIDocument {
    static let healthPaths: [String: JSONValue] = [
        "/health/live": [
            "get": OpenAPI.operation(
                "live", "The process is up", responses: ["200": OpenAPI.response("Alive", "Health")], errors: []
            )
        ],
        "/health/ready": [
            "get": OpenAPI.operation(
                "ready", "The database answers", responses: ["200": OpenAPI.response("Ready", "Health")], errors: [503]
            )
        ],
        "/api/v1/openapi.json": [
            "get": OpenAPI.operation(
                "openapi", "This document",
                responses: ["200": ["description": "OpenAPI 3.1 document", "content": ["application/json": ["schema": ["type": "object"]]]]],
                errors: []
            )
        ],
    ]
}

extension OpenAPIDocument {
    static let healthPaths: [String: JSONValue] = [
        "/health/live": [
            "get": OpenAPI.operation(
                "live", "The process is up", responses: ["200": OpenAPI.response("Alive", "Health")], errors: []
            )
        ],
        "/health/ready": [
            "get": OpenAPI.operation(
                "ready", "PostgreSQL and Redis answer (Redis down: 200 degraded; PostgreSQL down: 503)",
                responses: ["200": OpenAPI.response("Ready or degraded", "Health")], errors: [503]
            )
        ],
        "/metrics": [
            "get": OpenAPI.operation(
                "metrics", "Prometheus metrics",
                responses: ["200": ["description": "Prometheus text format", "content": ["text/plain": ["schema": ["type": "string"]]]]],
                errors: []
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

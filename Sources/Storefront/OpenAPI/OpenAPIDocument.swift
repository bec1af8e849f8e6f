/// The OpenAPI 3.1 description of the whole API, assembled from one file per concern. A test compares
/// its paths and methods with the router's routes, so the document cannot silently drift.
enum OpenAPIDocument {
    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "storefront",
            "version": "1.0.0",
            "description": "Barrage's reference server: users, products and orders on PostgreSQL. Every error has the shape {\"error\":{\"code\",\"message\",\"details\"}}.",
        ],
        "servers": [["url": "http://127.0.0.1:8080"]],
        "paths": .object(paths),
        "components": [
            "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]],
            "schemas": .object(OpenAPISchemas.all),
        ],
    ]

    static var paths: [String: JSONValue] {
        var paths: [String: JSONValue] = [:]
        for group in [authPaths, productPaths, orderPaths, healthPaths, webhookPaths] {
            paths.merge(group) { first, _ in first }
        }
        return paths
    }
}

/// Small builders that keep the path files readable.
enum OpenAPI {
    static func ref(_ schema: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(schema)")] }

    static func jsonBody(_ schema: String) -> JSONValue {
        ["required": true, "content": ["application/json": ["schema": ref(schema)]]]
    }

    static func response(_ description: String, _ schema: String? = nil, headers: JSONValue? = nil) -> JSONValue {
        var object: [String: JSONValue] = ["description": .string(description)]
        if let schema { object["content"] = ["application/json": ["schema": ref(schema)]] }
        if let headers { object["headers"] = headers }
        return .object(object)
    }

    static func errors(_ statuses: [Int]) -> [String: JSONValue] {
        let descriptions = [
            400: "VALIDATION_ERROR", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "RESOURCE_NOT_FOUND",
            409: "CONFLICT", 413: "VALIDATION_ERROR (body too large)", 500: "INTERNAL_ERROR", 503: "SERVICE_UNAVAILABLE",
        ]
        var result: [String: JSONValue] = [:]
        for status in statuses {
            result[String(status)] = response(descriptions[status] ?? "Error", "Error")
        }
        return result
    }

    static func operation(
        _ id: String, _ summary: String, secured: Bool = false, parameters: [JSONValue] = [], body: JSONValue? = nil,
        responses: [String: JSONValue], errors statuses: [Int]
    ) -> JSONValue {
        var object: [String: JSONValue] = ["operationId": .string(id), "summary": .string(summary)]
        if secured { object["security"] = [["bearerAuth": []]] }
        if !parameters.isEmpty { object["parameters"] = .array(parameters) }
        if let body { object["requestBody"] = body }
        object["responses"] = .object(responses.merging(errors(statuses + [500])) { first, _ in first })
        return .object(object)
    }

    static let idParameter: JSONValue = ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]

    static func query(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "schema": schema, "description": .string(description)]
    }
}

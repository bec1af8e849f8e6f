extension OpenAPIDocument {
    static let webhookPaths: [String: JSONValue] = [
        "/api/webhooks/partner": [
            "post": OpenAPI.operation(
                "receivePartnerWebhook",
                "Partner event (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature over id.timestamp.body); stored before the 200, processed once in the background",
                parameters: ["webhook-id", "webhook-timestamp", "webhook-signature"].map {
                    ["name": .string($0), "in": "header", "required": true, "schema": ["type": "string"]]
                },
                body: [
                    "required": true,
                    "content": [
                        "application/json": [
                            "schema": [
                                "type": "object", "required": ["type", "data"],
                                "properties": [
                                    "type": ["type": "string", "examples": ["payment.succeeded", "payment.failed"]],
                                    "timestamp": ["type": "string"],
                                    "data": ["type": "object", "properties": ["order_id": ["type": "string", "format": "uuid"]]],
                                ],
                            ]
                        ]
                    ],
                ],
                responses: [
                    "200": [
                        "description": "Stored (or a repeat of a stored event: duplicate true, nothing changes)",
                        "content": [
                            "application/json": [
                                "schema": [
                                    "type": "object",
                                    "properties": ["received": ["type": "boolean"], "duplicate": ["type": "boolean"]],
                                ]
                            ]
                        ],
                    ],
                    "429": OpenAPI.response(
                        "RATE_LIMIT_EXCEEDED (1000 per partner per hour)", "Error",
                        headers: ["Retry-After": ["schema": ["type": "integer"]]]
                    ),
                ],
                errors: [400, 401, 413]
            )
        ]
    ]
}

extension OpenAPIDocument {
    static let authPaths: [String: JSONValue] = [
        "/api/v1/auth/register": [
            "post": OpenAPI.operation(
                "register", "Create an account (role is always user) and get a token",
                body: OpenAPI.jsonBody("RegisterRequest"),
                responses: ["201": OpenAPI.response("Account created", "AuthResponse")],
                errors: [400, 409, 413]
            )
        ],
        "/api/v1/auth/login": [
            "post": OpenAPI.operation(
                "login", "Exchange email and password for a token",
                body: OpenAPI.jsonBody("LoginRequest"),
                responses: ["200": OpenAPI.response("Logged in", "AuthResponse")],
                errors: [400, 401, 413]
            )
        ],
        "/api/v1/users/me": [
            "get": OpenAPI.operation(
                "getCurrentUser", "The authenticated user", secured: true,
                responses: ["200": OpenAPI.response("The user", "User")],
                errors: [401, 404]
            )
        ],
    ]
}

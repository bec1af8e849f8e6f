import Hummingbird

/// Registration, login and the caller's own profile.
struct AuthController: Sendable {
    let users: UserRepository
    let hasher: PasswordHasher
    let tokens: TokenService

    func addRoutes(to api: RouterGroup<AppRequestContext>, authenticated: RouterGroup<AuthenticatedRequestContext>) {
        api.post("auth/register", use: register)
        api.post("auth/login", use: login)
        authenticated.get("users/me", use: me)
    }

    @Sendable func register(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<AuthResponse> {
        let body = try await request.decodeJSON(as: RegisterRequest.self, context: context)
        try body.validate()
        let hash = try await hasher.hash(body.password)
        let name = body.name.trimmingCharacters(in: .whitespaces)
        let user: User
        do {
            user = try await users.create(email: body.normalizedEmail, name: name, passwordHash: hash, role: .user)
        } catch let failure as UserFailure {
            throw APIError(failure)
        }
        let token = try await tokens.issue(for: AuthenticatedUser(id: user.id, role: user.role))
        return EditedResponse(status: .created, response: AuthResponse(token: token, user: user))
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> AuthResponse {
        let body = try await request.decodeJSON(as: LoginRequest.self, context: context)
        let user = try await users.find(email: body.email.trimmingCharacters(in: .whitespaces).lowercased())
        guard try await hasher.verify(body.password, against: user?.passwordHash), let user else {
            throw APIError.unauthorized("Invalid email or password.")
        }
        let token = try await tokens.issue(for: AuthenticatedUser(id: user.id, role: user.role))
        return AuthResponse(token: token, user: user)
    }

    @Sendable func me(_ request: Request, context: AuthenticatedRequestContext) async throws -> UserResponse {
        do {
            return UserResponse(try await users.get(id: context.identity.id))
        } catch let failure as UserFailure {
            throw APIError(failure)
        }
    }
}

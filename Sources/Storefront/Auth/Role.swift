/// The template's three roles; stored as text in `users.role` and carried in tokens.
public enum Role: String, Sendable, Codable, CaseIterable {
    case admin, user, guest

    /// Whether the role may place orders (guests may only browse).
    var canOrder: Bool { self != .guest }
}

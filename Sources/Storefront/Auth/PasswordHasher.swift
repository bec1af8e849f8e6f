import HummingbirdBcrypt
import NIOPosix

/// bcrypt on NIO's blocking thread pool, so hashing (tens of milliseconds at cost 12) never stalls an
/// event loop serving other requests.
struct PasswordHasher: Sendable {
    let cost: Int
    private let pool: NIOThreadPool = .singleton

    /// A hash to verify against when the user does not exist, so a missing account costs as much time as
    /// a wrong password and email addresses cannot be probed by timing.
    private static let decoyHash = Bcrypt.hash("decoy-password-for-timing", cost: 4)

    func hash(_ password: String) async throws -> String {
        let cost = UInt8(self.cost)
        return try await pool.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String?) async throws -> Bool {
        let target = hash ?? Self.decoyHash
        let matches = try await pool.runIfActive { Bcrypt.verify(password, hash: target) }
        return matches && hash != nil
    }
}

import Testing

@testable import RedisWire

@Suite("Redis URL")
struct RedisConfigurationURLTests {
    @Test func hostAndPortAreRead() throws {
        let configuration = try RedisConfiguration(url: "redis://127.0.0.1:56379")
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 56379)
        #expect(configuration.password == nil)
        #expect(configuration.database == 0)
    }

    @Test func portDefaultsTo6379() throws {
        #expect(try RedisConfiguration(url: "redis://cache.internal").port == 6379)
    }

    @Test func passwordAndDatabaseAreRead() throws {
        let configuration = try RedisConfiguration(url: "redis://:s3cret@localhost:6380/2")
        #expect(configuration.username == nil)
        #expect(configuration.password == "s3cret")
        #expect(configuration.database == 2)
    }

    @Test func aclUserAndPercentEncodedPasswordAreRead() throws {
        let configuration = try RedisConfiguration(url: "redis://app:p%40ss%3Aword@localhost")
        #expect(configuration.username == "app")
        #expect(configuration.password == "p@ss:word")
    }

    @Test func bracketedIPv6HostIsRead() throws {
        let configuration = try RedisConfiguration(url: "redis://[::1]:7000/1")
        #expect(configuration.host == "::1")
        #expect(configuration.port == 7000)
        #expect(configuration.address == "[::1]:7000")
    }

    @Test(arguments: ["http://localhost", "redis://", "redis://host:0", "redis://host:http", "redis://host/x", "redis://:%zz@host"])
    func malformedURLsAreRejectedWithTheirText(url: String) {
        #expect {
            try RedisConfiguration(url: url)
        } throws: { error in
            guard case .invalidURL(let text, _) = error as? RedisError else { return false }
            return text == url
        }
    }
}

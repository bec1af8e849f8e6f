extension TestServer {
    /// Starts a server, runs `body` against it and shuts it down afterwards, also when `body` throws, so
    /// no test leaves a server (or its event loop) behind.
    public static func withServer<Result>(
        host: String = "127.0.0.1",
        threads: Int = 1,
        tls: Bool = false,
        _ body: (TestServer) async throws -> Result
    ) async throws -> Result {
        let server = try await start(host: host, threads: threads, tls: tls)
        let result: Result
        do {
            result = try await body(server)
        } catch {
            try? await server.shutdown()
            throw error
        }
        try await server.shutdown()
        return result
    }
}

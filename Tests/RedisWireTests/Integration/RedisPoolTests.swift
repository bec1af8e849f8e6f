import Logging
import RedisWire
import ServiceLifecycle
import TestSupport
import Testing

@Suite("Connection pool against redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisPoolTests {
    @Test func manyConcurrentCallersShareABoundedNumberOfConnections() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(maxConnections: 4, leaseTimeout: .seconds(5))
        )
        let key = TestRedis.key("pool")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<300 {
                group.addTask { _ = try await pool.incr(key) }
            }
            try await group.waitForAll()
        }
        let statistics = pool.statistics
        #expect(try await pool.getString(key) == "300")
        #expect(statistics.idle + statistics.leased <= 4)
        #expect(statistics.idle >= 1)
        pool.shutdown()
    }

    @Test func callerWaitingLongerThanTheLeaseTimeoutGetsPoolExhausted() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(maxConnections: 1, leaseTimeout: .milliseconds(100))
        )
        // Open the one connection first (retrying: on a busy machine a connect can outlast 100 ms),
        // so the lease below finds it idle and only the waiting caller meets the timeout.
        for _ in 0..<50 {
            if (try? await pool.ping()) == "PONG" { break }
        }
        try await pool.withConnection { _ in
            await #expect(throws: RedisError.poolExhausted(waited: .milliseconds(100), maxConnections: 1)) {
                try await pool.ping()
            }
        }
        #expect(try await pool.ping() == "PONG")
        pool.shutdown()
    }

    @Test func waitingCallerGetsTheConnectionWhenItIsReturned() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(maxConnections: 1, leaseTimeout: .seconds(5))
        )
        async let held: Void = pool.withConnection { _ in try await Task.sleep(for: .milliseconds(100)) }
        try await Task.sleep(for: .milliseconds(20))
        #expect(try await pool.ping() == "PONG")
        try await held
        pool.shutdown()
    }

    @Test func cancellingAWaitingCallerEndsItsWaitAtOnce() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(maxConnections: 1, leaseTimeout: .seconds(10))
        )
        try await pool.withConnection { _ in
            let waiting = Task { try await pool.ping() }
            try await Task.sleep(for: .milliseconds(50))
            let started = ContinuousClock.now
            waiting.cancel()
            await #expect(throws: RedisError.cancelled) { try await waiting.value }
            #expect(ContinuousClock.now - started < .seconds(1))
        }
        #expect(pool.statistics.waiting == 0)
        pool.shutdown()
    }

    @Test func commandsAfterShutdownFailWithPoolClosed() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(leaseTimeout: .seconds(5))
        )
        #expect(try await pool.ping() == "PONG")
        pool.shutdown()
        await #expect(throws: RedisError.poolClosed) { try await pool.ping() }
    }

    @Test func gracefulShutdownOfTheServiceGroupClosesThePool() async throws {
        let pool = RedisConnectionPool(
            configuration: try TestRedis.configuration(),
            poolConfiguration: RedisPoolConfiguration(leaseTimeout: .seconds(5))
        )
        let group = ServiceGroup(services: [pool], logger: Logger(label: "RedisPoolTests"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            #expect(try await pool.ping() == "PONG")
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        await #expect(throws: RedisError.poolClosed) { try await pool.ping() }
    }
}

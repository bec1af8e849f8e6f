import ServiceLifecycleTestKit
import Synchronization
import Testing

@testable import Storefront

@Suite("Background polling loops")
struct PollingLoopTests {
    final class Rounds: Sendable {
        let started = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
    }

    @Test("graceful shutdown lets the running round finish and starts no other")
    func shutdownDrainsTheRunningRound() async throws {
        let rounds = Rounds()
        await testGracefulShutdown { trigger in
            async let loop: Void = PollingLoop.run(every: .milliseconds(5)) {
                rounds.started.add(1, ordering: .relaxed)
                // Counts as finished only if the round was not cancelled half-way.
                if (try? await Task.sleep(for: .milliseconds(300))) != nil {
                    rounds.finished.add(1, ordering: .relaxed)
                }
                return true
            }
            // Shut down once the first round is under way (however long a busy machine takes to start it).
            while rounds.started.load(ordering: .relaxed) == 0 {
                try? await Task.sleep(for: .milliseconds(5))
            }
            trigger.triggerGracefulShutdown()
            await loop
        }
        #expect(rounds.started.load(ordering: .relaxed) == 1)
        #expect(rounds.finished.load(ordering: .relaxed) == 1)
    }

    @Test("graceful shutdown cuts the pause short")
    func shutdownEndsThePause() async throws {
        let rounds = Rounds()
        let clock = ContinuousClock()
        let started = clock.now
        await testGracefulShutdown { trigger in
            async let loop: Void = PollingLoop.run(every: .seconds(30)) {
                rounds.started.add(1, ordering: .relaxed)
                return false
            }
            try? await Task.sleep(for: .milliseconds(100))
            trigger.triggerGracefulShutdown()
            await loop
        }
        #expect(clock.now - started < .seconds(5))
        #expect(rounds.started.load(ordering: .relaxed) == 0)
    }
}

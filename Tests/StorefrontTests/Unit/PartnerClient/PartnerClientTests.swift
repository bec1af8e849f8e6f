import Testing

@testable import Storefront

/// Retries, idempotency keys and breakers of `PartnerClient`, driven by a scripted transport.
struct PartnerClientTests {
    private let request = PartnerRequest(partner: .payments, body: Array("{}".utf8), idempotencyKey: "key-1")
    private let unavailable = PartnerExchange.response(PartnerResponse(status: 503))

    private func client(
        _ transport: ScriptedTransport, sleeps: RecordedSleeps = RecordedSleeps(), clock: ManualClock = ManualClock(),
        policy: BackoffPolicy = BackoffPolicy(), seed: UInt64 = 42
    ) -> PartnerClient<ScriptedTransport> {
        PartnerClient(
            transport: transport,
            breakers: PartnerBreakers(configuration: CircuitBreakerConfiguration(failureThreshold: 5, openDuration: .seconds(30)), now: { clock.now }),
            policy: policy, jitter: JitterSource(SplitMix64(state: seed)), sleep: { try await sleeps.sleep($0) }
        )
    }

    @Test func retriesStayInsideTheirBackoffBounds() async throws {
        let policy = BackoffPolicy(maxRetries: 3, baseDelay: .milliseconds(200), maxDelay: .seconds(10))
        for seed in UInt64(1)...50 {
            let sleeps = RecordedSleeps()
            let transport = ScriptedTransport([unavailable, unavailable, unavailable])
            _ = try await client(transport, sleeps: sleeps, policy: policy, seed: seed).call(request)
            #expect(sleeps.all.count == 3)
            for (retry, delay) in sleeps.all.enumerated() {
                #expect(delay >= .zero && delay <= policy.backoffCeiling(forRetry: retry), "seed \(seed), retry \(retry): \(delay)")
            }
        }
    }

    @Test func theJitterSpreadsRetriesAcrossTheWindow() async throws {
        var firstDelays: Set<Duration> = []
        for seed in UInt64(1)...20 {
            let sleeps = RecordedSleeps()
            _ = try await client(ScriptedTransport([unavailable]), sleeps: sleeps, seed: seed).call(request)
            firstDelays.formUnion(sleeps.all)
        }
        #expect(firstDelays.count > 10)
    }

    @Test func everyAttemptCarriesTheSameIdempotencyKey() async throws {
        let transport = ScriptedTransport([unavailable, .failed(.timeout), .failed(.network)])
        _ = try await client(transport).call(request)
        #expect(transport.sent.count == 4)
        #expect(Set(transport.sent.map(\.idempotencyKey)) == ["key-1"])
    }

    @Test func afterThreeRetriesTheCallGivesUp() async throws {
        let transport = ScriptedTransport([], then: unavailable)
        await #expect(throws: PartnerCallError.exhausted(.payments, .retriesExhausted(attempts: 4))) {
            try await client(transport).call(request)
        }
        #expect(transport.sent.count == 4)
    }

    /// The order was cancelled during the backoff: the retry is not sent, and the call ends as cancelled
    /// (the outbox then sees the cancelled order and skips the charge). A call unwanted from the start sends
    /// nothing.
    @Test func aCallNoLongerWantedIsNotSent() async throws {
        let answers = Tally()
        let transport = ScriptedTransport([unavailable], then: .response(PartnerResponse(status: 200)))
        await #expect(throws: PartnerCallError.cancelled(.payments)) {
            try await client(transport).call(request, stillWanted: { answers.add() == 1 })
        }
        #expect(transport.sent.count == 1)
        let unwanted = ScriptedTransport([], then: .response(PartnerResponse(status: 200)))
        await #expect(throws: PartnerCallError.cancelled(.payments)) {
            try await client(unwanted).call(request, stillWanted: { false })
        }
        #expect(unwanted.sent.isEmpty)
        let wanted = ScriptedTransport([unavailable], then: .response(PartnerResponse(status: 200)))
        _ = try await client(wanted).call(request, stillWanted: { true })
        #expect(wanted.sent.count == 2)
    }

    @Test func aClientErrorIsNeverRetried() async throws {
        let transport = ScriptedTransport([.response(PartnerResponse(status: 422))])
        await #expect(throws: PartnerCallError.rejected(.payments, status: 422)) {
            try await client(transport).call(request)
        }
        #expect(transport.sent.count == 1)
    }

    @Test func retryAfterReplacesTheBackoff() async throws {
        let sleeps = RecordedSleeps()
        let transport = ScriptedTransport([.response(PartnerResponse(status: 429, retryAfter: .seconds(7)))])
        _ = try await client(transport, sleeps: sleeps).call(request)
        #expect(sleeps.all == [.seconds(7)])
    }

    @Test func anOpenBreakerFailsFastWithoutSending() async throws {
        let transport = ScriptedTransport([], then: unavailable)
        let client = client(transport, policy: BackoffPolicy(maxRetries: 0))
        for _ in 0..<5 {
            _ = try? await client.call(request)
        }
        #expect(client.breakers.state(of: .payments) == .open)
        await #expect(throws: PartnerCallError.self) { try await client.call(request) }
        #expect(transport.sent.count == 5)
    }

    @Test func afterTheOpenPeriodOneSuccessClosesTheBreaker() async throws {
        let clock = ManualClock()
        let transport = ScriptedTransport([unavailable, unavailable, unavailable, unavailable, unavailable])
        let client = client(transport, clock: clock, policy: BackoffPolicy(maxRetries: 0))
        for _ in 0..<5 {
            _ = try? await client.call(request)
        }
        clock.advance(by: .seconds(30))
        _ = try await client.call(request)
        #expect(client.breakers.state(of: .payments) == .closed)
        #expect(client.breakers.state(of: .email) == .closed)
    }
}

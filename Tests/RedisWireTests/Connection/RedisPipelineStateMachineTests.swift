import Testing

@testable import RedisWire

@Suite("Pipeline state machine")
struct RedisPipelineStateMachineTests {
    private typealias Machine = RedisPipelineStateMachine<String>

    private func writtenID(_ action: Machine.SendAction) -> UInt64? {
        if case .write(let id) = action { return id }
        return nil
    }

    @Test func repliesGoToRequestsInTheOrderTheyWereSent() {
        var machine = Machine()
        _ = machine.send("first", command: "GET")
        _ = machine.send("second", command: "GET")
        guard case .complete(let a, _) = machine.replyReceived(), case .complete(let b, _) = machine.replyReceived() else {
            Issue.record("expected two completions")
            return
        }
        #expect([a, b] == ["first", "second"])
        #expect(machine.inFlightCount == 0)
    }

    @Test func timeoutFailsThatRequestAsTimeoutAndTheRestAsClosed() throws {
        var machine = Machine()
        let id = try #require(writtenID(machine.send("slow", command: "DEBUG")))
        _ = machine.send("behind", command: "GET")
        guard case .closeConnection(let failing) = machine.timedOut(id: id, after: .milliseconds(50)) else {
            Issue.record("expected the connection to close")
            return
        }
        #expect(failing.map(\.0) == ["slow", "behind"])
        #expect(failing[0].1 == .commandTimeout(command: "DEBUG", after: .milliseconds(50)))
        #expect(failing[1].1 == .connectionClosed(reason: "closed after DEBUG timed out"))
    }

    @Test func timerFiringAfterTheReplyDoesNothing() throws {
        var machine = Machine()
        let id = try #require(writtenID(machine.send("quick", command: "PING")))
        _ = machine.replyReceived()
        guard case .none = machine.timedOut(id: id, after: .seconds(1)) else {
            Issue.record("a late timer must not close the connection")
            return
        }
        #expect(!machine.isClosed)
    }

    @Test func sendAfterCloseFailsWithTheCloseReason() {
        var machine = Machine()
        _ = machine.close(because: .connectionClosed(reason: "peer reset"))
        guard case .fail(let error) = machine.send("late", command: "GET") else {
            Issue.record("expected the send to fail")
            return
        }
        #expect(error == .connectionClosed(reason: "peer reset"))
    }

    @Test func replyWithNothingInFlightClosesTheConnection() {
        var machine = Machine()
        guard case .closeConnection = machine.replyReceived() else {
            Issue.record("an unsolicited reply must close the connection")
            return
        }
        #expect(machine.isClosed)
    }

    @Test func closeFailsEveryRequestInFlight() {
        var machine = Machine()
        _ = machine.send("a", command: "GET")
        _ = machine.send("b", command: "GET")
        let failed = machine.close(because: .connectionClosed(reason: "bye"))
        #expect(failed.map(\.0) == ["a", "b"])
        #expect(machine.inFlightCount == 0)
    }
}

import Foundation
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct OutboxDeliveryTests {
    @Test func anOrderWritesAPaymentAndAnEmailMessageWithItself() async throws {
        try await Harness.run([.partnersURL: "http://127.0.0.1:9", .outboxPollInterval: "1h"]) { app in
            let order = try await app.placeOrder()
            let messages = try await app.outbox(of: order.id)
            #expect(messages.map(\.partner) == ["email", "payments"])
            #expect(messages.allSatisfy { $0.status == "pending" })
            #expect(Set(messages.map(\.key)).count == 2)
        }
    }

    @Test func aRejectedOrderWritesNoMessages() async throws {
        try await Harness.run([.partnersURL: "http://127.0.0.1:9", .outboxPollInterval: "1h"]) { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 1)
            let user = try await app.register()
            #expect(try await app.order([(product.id, 5)], token: user.token).status == .conflict)
            let rows = try await app.services.postgres.query("SELECT count(*) FROM outbox_messages", logger: TestDatabase.logger)
            for try await count in rows.decode(Int.self) { #expect(count == 0) }
        }
    }

    @Test func theDispatcherChargesAndEmailsThroughTheSimulatorAndPaysTheOrder() async throws {
        try await LiveSimulator.run { simulator in
            try await Harness.run([.partnersURL: simulator.url, .outboxPollInterval: "50ms"]) { app in
                let order = try await app.placeOrder()
                #expect(try await eventually { try await app.orderStatus(order.id) == "paid" })
                #expect(try await eventually { try await app.outbox(of: order.id).allSatisfy { $0.status == "sent" } })
                #expect(simulator.simulator.state.requestCount(.payments) == 1)
                #expect(simulator.simulator.state.requestCount(.email) == 1)
            }
        }
    }

    @Test func whilePaymentsFailTheOrderStaysPendingAndIsPaidOnceThePartnerRecovers() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, failureRate: 1)) { simulator in
            let overrides: [ConfigurationKey: String] = [
                .partnersURL: simulator.url, .outboxPollInterval: "50ms", .partnerBreakerOpen: "300ms",
            ]
            try await Harness.run(overrides) { app in
                let order = try await app.placeOrder()
                let breakers = app.services.integrations.breakers
                #expect(try await eventually { breakers.state(of: .payments) == .open })
                #expect(try await app.orderStatus(order.id) == "pending")
                let callsWhileOpen = simulator.simulator.state.requestCount(.payments)
                try await Task.sleep(for: .milliseconds(100))
                #expect(simulator.simulator.state.requestCount(.payments) <= callsWhileOpen + 1)
                simulator.set(failureRate: 0)
                #expect(try await eventually(timeout: .seconds(20)) { try await app.orderStatus(order.id) == "paid" })
                #expect(breakers.state(of: .payments) == .closed)
                #expect(simulator.simulator.state.distinctPayments == 1)
            }
        }
    }

    @Test func aChargeForAnOrderCancelledWhileThePartnerWasDownIsNeverSent() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, failureRate: 1)) { simulator in
            let overrides: [ConfigurationKey: String] = [
                .partnersURL: simulator.url, .outboxPollInterval: "50ms", .partnerBreakerOpen: "300ms",
            ]
            try await Harness.run(overrides) { app in
                let admin = try await app.admin()
                let product = try await app.createProduct(admin: admin, stock: 10)
                let order = try await app.order([(product.id, 1)], token: admin.token).decode(Order.self)
                let breakers = app.services.integrations.breakers
                #expect(try await eventually { breakers.state(of: .payments) == .open })
                let cancel = try await app.send(.patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "cancelled"])
                #expect(cancel.status == .ok)
                simulator.set(failureRate: 0)
                #expect(try await eventually(timeout: .seconds(20)) { try await app.outbox(of: order.id).allSatisfy { $0.status != "pending" } })
                #expect(try await app.outbox(of: order.id).map(\.status) == ["sent", "skipped"])
                #expect(simulator.simulator.state.distinctPayments == 0)
                #expect(try await app.orderStatus(order.id) == "cancelled")
            }
        }
    }
}

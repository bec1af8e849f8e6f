import BarrageCore
import Foundation
import Testing

@Suite("the storefront journeys shipped in Scenarios/ load")
struct ShippedScenarioTests {
    /// `Scenarios/` of the repository, found from this file's path.
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios").path

    private func load(_ name: String) throws -> TestPlan {
        try TestPlanLoader.load(path: Self.folder + "/" + name, environment: [:])
    }

    @Test("storefront-journey: weighted browse and buy flows reading the users and search files")
    func journey() throws {
        let plan = try load("storefront-journey.yaml")
        #expect(plan.data.map(\.name) == ["users", "searches"])
        #expect(plan.data.first?.table.rowCount == 100)
        #expect(plan.data.first?.table.cell(row: 0, column: 0) == "user1@storefront.test")
        #expect(plan.scenarios[0].flows.map(\.name) == ["browse", "buy"])
        #expect(plan.scenarios[0].flows.map(\.weight) == [8, 2])
    }

    @Test("storefront-journey takes the users file from USERS_CSV")
    func usersOverride() throws {
        let path = NSTemporaryDirectory() + "barrage-users-\(UUID().uuidString).csv"
        try ("email,password\n" + (1...20).map { "u\($0)@x.test,pw" }.joined(separator: "\n")).write(
            toFile: path, atomically: true, encoding: .utf8)
        let plan = try TestPlanLoader.load(
            path: Self.folder + "/storefront-journey.yaml", environment: ["USERS_CSV": path])
        #expect(plan.data.first?.path == path)
        #expect(plan.data.first?.table.rowCount == 20)
    }

    @Test("storefront-admin: a setup that logs in, admins and shoppers side by side, a teardown")
    func admin() throws {
        let plan = try load("storefront-admin.yaml")
        #expect(plan.setup?.count == 1)
        #expect(plan.teardown?.count == 1)
        #expect(plan.scenarios.map(\.name) == ["admins", "shoppers"])
    }
}

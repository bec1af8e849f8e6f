import Synchronization

/// Holds the route table for the error middleware, which must be added before the routes it describes
/// exist; written once when the router is complete, read on every unmatched request.
final class RouteTableBox: Sendable {
    private let table = Mutex(RouteTable(routes: []))

    func set(_ value: RouteTable) {
        table.withLock { $0 = value }
    }

    var value: RouteTable { table.withLock { $0 } }
}

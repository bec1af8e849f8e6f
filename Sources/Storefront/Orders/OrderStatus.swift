/// An order's lifecycle: `pending → paid → shipped`, or `pending → cancelled`. The allowed moves are
/// decided here, without I/O; the repository performs the effect the decision names.
enum OrderStatus: String, Codable, Sendable, CaseIterable {
    case pending, paid, shipped, cancelled

    /// What the I/O layer must do besides writing the new status.
    enum Effect: Sendable, Equatable {
        case none
        /// Put the order's quantities back on the shelves.
        case restoreStock
    }

    /// The statuses reachable from this one.
    var successors: Set<OrderStatus> {
        switch self {
        case .pending: [.paid, .cancelled]
        case .paid: [.shipped]
        case .shipped, .cancelled: []
        }
    }

    /// The effect of moving to `next`, or `invalidTransition` when the move is not allowed.
    func transition(to next: OrderStatus) throws(OrderFailure) -> Effect {
        guard successors.contains(next) else {
            throw .invalidTransition(from: self, to: next)
        }
        return next == .cancelled ? .restoreStock : .none
    }
}

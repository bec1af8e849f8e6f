extension Duration {
    /// A duration from fractional seconds, rounded to the nanosecond, for the rate arithmetic of
    /// schedules (the reverse of `seconds`).
    @inlinable
    public static func seconds(fractional value: Double) -> Duration {
        .nanoseconds(Int64((value * 1e9).rounded()))
    }
}

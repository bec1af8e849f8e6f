extension Duration {
    /// The duration as fractional seconds, for the rate arithmetic of schedules.
    @inlinable
    public var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    /// A duration from fractional seconds, rounded to the nanosecond.
    @inlinable
    public static func seconds(fractional value: Double) -> Duration {
        .nanoseconds(Int64((value * 1e9).rounded()))
    }
}

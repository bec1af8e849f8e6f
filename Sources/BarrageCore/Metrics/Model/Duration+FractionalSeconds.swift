extension Duration {
    /// The duration in seconds as a `Double`: counters report rates per second and reports print
    /// elapsed time, both of which need fractions that `Duration`'s integer components do not give.
    public var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

extension Duration {
    /// As a floating-point number of seconds, for timeouts, metrics, records and benchmarks.
    package var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

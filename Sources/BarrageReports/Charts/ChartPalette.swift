/// Colours shared by every chart, chosen to stay distinct in print and for common colour blindness.
enum ChartPalette {
    static let p50 = "#2563eb"
    static let p90 = "#059669"
    static let p95 = "#d97706"
    static let p99 = "#dc2626"
    static let max = "#6b7280"
    static let vus = "#7c3aed"
    static let throughput = "#0891b2"
    static let failures = "#dc2626"
    static let dropped = "#d97706"
    static let checkFailures = "#7c3aed"
    static let threshold = "#b91c1c"
    static let bar = "#2563eb"
    static let stageShade = "#eef2f7"
    /// One colour per failure category in the errors chart.
    static let categories = ["#dc2626", "#ea580c", "#ca8a04", "#db2777", "#0f766e"]
}

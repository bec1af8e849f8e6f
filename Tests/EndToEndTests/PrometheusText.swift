/// Reads counters out of Prometheus' text exposition format: enough to add up one counter's
/// samples across its labels.
enum PrometheusText {
    /// storefront's counter of answered HTTP requests.
    static let requestCounter = "http_requests_total"

    /// The sum of every sample of `metric` whose `route` label is not one of `excludingRoutes`; 0 when
    /// the counter has no sample yet (Prometheus counters with labels appear on first use).
    static func sum(of metric: String, in text: String, excludingRoutes: Set<String> = []) -> Int {
        var total = 0.0
        for line in text.split(separator: "\n") where line.hasPrefix(metric) && !line.hasPrefix("#") {
            let afterName = line.dropFirst(metric.count)
            guard afterName.first == "{" || afterName.first == " " else { continue }
            if let route = label("route", in: afterName), excludingRoutes.contains(route) { continue }
            guard let value = line.split(separator: " ").last.flatMap({ Double($0) }) else { continue }
            total += value
        }
        return Int(total)
    }

    private static func label(_ name: String, in text: Substring) -> String? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}

import Foundation
import Testing

/// Percentiles do not average: a stage's p99 is not the mean of its seconds' p99s. Stage tables, stage
/// thresholds and the capacity view read each stage's own histogram; this test keeps it that way by
/// searching the sources for arithmetic on per-second percentiles.
@Suite("No average of percentiles")
struct NoPercentileAveragingTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Patterns that sum, weight or average percentile fields (`second.p95 * weight`, `+= x.p99`,
    /// `weighted.p95`) or say so in prose.
    private static let forbidden = [
        #"\.p(50|90|95|99)\s*\*"#,
        #"\+=\s*[A-Za-z_.]*\.p(50|90|95|99)\b"#,
        #"weighted\.(p50|p90|p95|p99)"#,
        #"(?i)(mean|average)s? of (per-second )?percentiles"#,
        #"StageLatency\(combining"#,
    ]

    @Test("no source file combines per-second percentiles")
    func noPercentileArithmetic() throws {
        let enumerator = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        let expressions = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
        var checked = 0
        var offenders: [String] = []
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            checked += 1
            for expression in expressions
            where expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                offenders.append("\(file.lastPathComponent): \(expression.pattern)")
            }
        }
        #expect(checked > 100, "the source tree was not found at \(Self.sources.path)")
        #expect(offenders.isEmpty, "\(offenders)")
    }
}

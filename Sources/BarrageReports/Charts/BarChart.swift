/// A vertical bar chart with category labels (the latency distribution). A plain value; ``svg(id:)``
/// draws it.
struct BarChart: Sendable, Equatable {
    var title: String
    var xLabel: String
    var yAxis: AxisSpec
    var bars: [ChartBar]
    var color: String = ChartPalette.bar

    /// The chart as an inline `<svg>` element; `id` must be unique in the page.
    func svg(id: String) -> String {
        let frame = ChartFrame()
        var writer = SVGWriter()
        frame.open(&writer, id: id, title: title)
        let scale = AxisScale(minimum: 0, maximum: bars.map(\.value).max() ?? 1)
        frame.verticalAxis(&writer, scale: scale, spec: yAxis, side: .left, drawsGrid: true)
        writer.line(x1: frame.plotLeft, y1: frame.plotBottom, x2: frame.plotRight, y2: frame.plotBottom, stroke: "#9ca3af")
        let slot = frame.plotWidth / Double(Swift.max(bars.count, 1))
        let longestLabel = Double(bars.map(\.label.count).max() ?? 1) * 6.2
        let labelEvery = Swift.max(Int((longestLabel + 6) / slot) + 1, 1)
        for (index, bar) in bars.enumerated() {
            let x = frame.plotLeft + Double(index) * slot
            let top = scale.position(of: bar.value, from: frame.plotBottom, to: frame.plotTop)
            writer.rect(x: x + slot * 0.1, y: top, width: slot * 0.8, height: frame.plotBottom - top, fill: color, title: "\(bar.label): \(yAxis.format.text(bar.value))")
            if index % labelEvery == 0 {
                writer.text(bar.label, x: x + slot / 2, y: frame.plotBottom + 18, anchor: .middle, size: 10.5)
            }
        }
        writer.text(xLabel, x: (frame.plotLeft + frame.plotRight) / 2, y: frame.height - 8, anchor: .middle, size: 12, weight: "600")
        writer.raw("</svg>")
        return writer.markup
    }
}

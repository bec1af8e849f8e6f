extension LineChart {
    /// The chart as an inline `<svg>` element; `id` must be unique in the page (it names the clip path).
    func svg(id: String) -> String {
        var frame = ChartFrame()
        if rightAxis != nil { frame.marginRight = 76 }
        var writer = SVGWriter()
        frame.open(&writer, id: id, title: title)
        let x = xScale()
        let left = yScale(.left)
        let right = yScale(.right)
        drawBands(&writer, frame: frame, x: x)
        frame.verticalAxis(&writer, scale: left, spec: leftAxis, side: .left, drawsGrid: true)
        if let rightAxis {
            frame.verticalAxis(&writer, scale: right, spec: rightAxis, side: .right, drawsGrid: false)
        }
        frame.horizontalAxis(&writer, scale: x, spec: xAxis)
        drawRules(&writer, frame: frame, scale: left)
        for series in self.series {
            drawSeries(series, &writer, frame: frame, x: x, y: series.axis == .left ? left : right, clipID: "\(id)-plot")
        }
        frame.legend(&writer, entries: series.map { ($0.name, $0.color, $0.isDashed) } + rules.prefix(1).map { _ in ("threshold", ChartPalette.threshold, true) })
        if isClipped {
            writer.text("lines above \(leftAxis.format.text(left.upper)) are cut off", x: frame.plotRight, y: frame.marginTop / 2 + 4, anchor: .end, size: 11, fill: "#6b7280")
        }
        writer.raw("</svg>")
        return writer.markup
    }

    /// Threshold lines with their labels; a label that would overlap the previous one moves below its line.
    private func drawRules(_ writer: inout SVGWriter, frame: ChartFrame, scale: AxisScale) {
        var previousLabelY = -Double.infinity
        for rule in rules.sorted(by: { $0.value > $1.value }) {
            let y = scale.position(of: rule.value, from: frame.plotBottom, to: frame.plotTop)
            writer.line(x1: frame.plotLeft, y1: y, x2: frame.plotRight, y2: y, stroke: rule.color, width: 1.5, dashed: true)
            let labelY = y - 5 - previousLabelY < 13 ? y + 14 : y - 5
            writer.text(rule.label, x: frame.plotLeft + 6, y: labelY, size: 11, fill: rule.color, weight: "600", halo: true)
            previousLabelY = labelY
        }
    }

    private func drawBands(_ writer: inout SVGWriter, frame: ChartFrame, x: AxisScale) {
        for (index, band) in bands.enumerated() {
            let start = x.position(of: band.start, from: frame.plotLeft, to: frame.plotRight)
            let end = x.position(of: band.end, from: frame.plotLeft, to: frame.plotRight)
            if index % 2 == 0 {
                writer.rect(x: start, y: frame.plotTop, width: end - start, height: frame.plotHeight, fill: ChartPalette.stageShade, title: band.label)
            }
            writer.line(x1: start, y1: frame.plotTop, x2: start, y2: frame.plotBottom, stroke: "#cbd5e1", dashed: true)
            let fitsLabel = end - start >= Double(band.label.count) * 6.5 + 8
            let shortLabel = band.label.split(separator: " ").first.map(String.init) ?? band.label
            let label = fitsLabel ? band.label : shortLabel
            if end - start >= Double(label.count) * 6.5 + 4 {
                writer.text(label, x: start + 4, y: frame.plotTop + 13, size: 10.5, fill: "#475569")
            }
        }
    }

    private func drawSeries(_ series: ChartSeries, _ writer: inout SVGWriter, frame: ChartFrame, x: AxisScale, y: AxisScale, clipID: String) {
        var segment: [(Double, Double)] = []
        var segments: [[(Double, Double)]] = []
        for point in series.points {
            guard let value = point.y else {
                if !segment.isEmpty { segments.append(segment) }
                segment = []
                continue
            }
            segment.append(
                (
                    x.position(of: point.x, from: frame.plotLeft, to: frame.plotRight),
                    y.position(of: value, from: frame.plotBottom, to: frame.plotTop)
                ))
        }
        if !segment.isEmpty { segments.append(segment) }
        for segment in segments {
            if segment.count == 1, !series.showsMarkers {
                writer.circle(x: segment[0].0, y: segment[0].1, radius: 2, fill: series.color)
            }
            writer.polyline(segment, stroke: series.color, dashed: series.isDashed, clipID: clipID)
        }
        guard series.showsMarkers else { return }
        for point in series.points {
            guard let value = point.y else { continue }
            let px = x.position(of: point.x, from: frame.plotLeft, to: frame.plotRight)
            let py = y.position(of: value, from: frame.plotBottom, to: frame.plotTop)
            writer.circle(x: px, y: py, radius: 4, fill: series.color)
            if let label = point.label {
                writer.text(label, x: px + 6, y: py - 6, size: 11, fill: series.color, weight: "600", halo: true)
            }
        }
    }
}

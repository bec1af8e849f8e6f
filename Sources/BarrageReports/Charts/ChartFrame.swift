/// The pixel geometry of a chart: the whole drawing and the plot area inside its margins, which hold the
/// legend (top), axis captions and tick labels.
struct ChartFrame: Sendable, Equatable {
    var width: Double = 960
    var height: Double = 320
    var marginLeft: Double = 76
    var marginRight: Double = 24
    var marginTop: Double = 40
    var marginBottom: Double = 52

    var plotLeft: Double { marginLeft }
    var plotRight: Double { width - marginRight }
    var plotTop: Double { marginTop }
    var plotBottom: Double { height - marginBottom }
    var plotWidth: Double { plotRight - plotLeft }
    var plotHeight: Double { plotBottom - plotTop }

    /// Opens the `<svg>` element: scalable to the page width, with a title for screen readers.
    func open(_ writer: inout SVGWriter, id: String, title: String) {
        writer.raw(
            "<svg class=\"chart\" id=\"\(id.htmlEscaped)\" viewBox=\"0 0 \(SVGWriter.f(width)) \(SVGWriter.f(height))\" role=\"img\" aria-labelledby=\"\(id.htmlEscaped)-title\" preserveAspectRatio=\"xMidYMid meet\">"
        )
        writer.raw("<title id=\"\(id.htmlEscaped)-title\">\(title.htmlEscaped)</title>")
        writer.raw(
            "<clipPath id=\"\(id.htmlEscaped)-plot\"><rect x=\"\(SVGWriter.f(plotLeft))\" y=\"\(SVGWriter.f(plotTop))\" width=\"\(SVGWriter.f(plotWidth))\" height=\"\(SVGWriter.f(plotHeight))\"/></clipPath>"
        )
    }

    /// Draws a legend row above the plot area: a coloured swatch and the name of each entry.
    func legend(_ writer: inout SVGWriter, entries: [(name: String, color: String, dashed: Bool)]) {
        var x = plotLeft
        let y = marginTop / 2
        for entry in entries {
            writer.line(x1: x, y1: y, x2: x + 18, y2: y, stroke: entry.color, width: 3, dashed: entry.dashed)
            writer.text(entry.name, x: x + 24, y: y + 4)
            x += 24 + Double(entry.name.count) * 7 + 22
        }
    }

    /// Draws the horizontal grid, tick labels and caption of a vertical axis.
    func verticalAxis(_ writer: inout SVGWriter, scale: AxisScale, spec: AxisSpec, side: AxisSide, drawsGrid: Bool) {
        let x = side == .left ? plotLeft : plotRight
        for tick in scale.ticks {
            let y = scale.position(of: tick, from: plotBottom, to: plotTop)
            if drawsGrid {
                writer.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, stroke: "#e5e7eb")
            }
            let labelX = side == .left ? x - 6 : x + 6
            writer.text(spec.format.text(tick), x: labelX, y: y + 4, anchor: side == .left ? .end : .start, size: 11)
        }
        let captionX = side == .left ? 16.0 : width - 10
        let captionY = (plotTop + plotBottom) / 2
        writer.text(spec.label, x: captionX, y: captionY, anchor: .middle, size: 12, weight: "600", rotate: side == .left ? -90 : 90)
    }

    /// Draws the tick labels and caption of the horizontal axis.
    func horizontalAxis(_ writer: inout SVGWriter, scale: AxisScale, spec: AxisSpec) {
        writer.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#9ca3af")
        for tick in scale.ticks {
            let x = scale.position(of: tick, from: plotLeft, to: plotRight)
            writer.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 4, stroke: "#9ca3af")
            writer.text(spec.format.text(tick), x: x, y: plotBottom + 18, anchor: .middle, size: 11)
        }
        writer.text(spec.label, x: (plotLeft + plotRight) / 2, y: height - 8, anchor: .middle, size: 12, weight: "600")
    }
}

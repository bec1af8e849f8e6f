import Foundation

/// Accumulates SVG markup with coordinates rounded to a tenth of a pixel and every text escaped, so chart
/// code reads as geometry rather than string plumbing.
struct SVGWriter {
    private(set) var markup = ""

    mutating func raw(_ text: String) {
        markup += text
        markup += "\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        let dash = dashed ? " stroke-dasharray=\"6 4\"" : ""
        raw("<line x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.f(width))\"\(dash)/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil) {
        let open = "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(Swift.max(width, 0)))\" height=\"\(Self.f(Swift.max(height, 0)))\" fill=\"\(fill)\""
        if let title {
            raw(open + "><title>\(title.htmlEscaped)</title></rect>")
        } else {
            raw(open + "/>")
        }
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        raw("<circle cx=\"\(Self.f(x))\" cy=\"\(Self.f(y))\" r=\"\(Self.f(radius))\" fill=\"\(fill)\"/>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.6, dashed: Bool = false, clipID: String? = nil) {
        guard !points.isEmpty else { return }
        let coordinates = points.map { "\(Self.f($0.0)),\(Self.f($0.1))" }.joined(separator: " ")
        let dash = dashed ? " stroke-dasharray=\"6 4\"" : ""
        let clip = clipID.map { " clip-path=\"url(#\($0))\"" } ?? ""
        raw("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.f(width))\" stroke-linejoin=\"round\"\(dash)\(clip)/>")
    }

    enum Anchor: String {
        case start, middle, end
    }

    /// Writes a text; `halo` draws a white outline behind it so it stays legible over lines.
    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, fill: String = "#374151", weight: String? = nil, rotate: Double? = nil, halo: Bool = false)
    {
        let weightAttribute =
            (weight.map { " font-weight=\"\($0)\"" } ?? "")
            + (halo ? " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" : "")
        let transform = rotate.map { " transform=\"rotate(\(Self.f($0)) \(Self.f(x)) \(Self.f(y)))\"" } ?? ""
        raw("<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(Self.f(size))\" fill=\"\(fill)\"\(weightAttribute)\(transform)>\(content.htmlEscaped)</text>")
    }

    static func f(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.1f", value)
    }
}

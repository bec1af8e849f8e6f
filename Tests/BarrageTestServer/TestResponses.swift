/// Fixed bodies the routes serve, so tests can compare against exactly these bytes.
public enum TestResponses {
    /// The `/json` body: nested arrays for JSON-path captures.
    public static let json = #"{"token":"abc123","items":[{"id":1,"name":"a"},{"id":2,"name":"b"}],"count":2}"#

    /// The `/products` body: a small catalogue list for smoke scenarios.
    public static let products =
        #"[{"id":1,"name":"Widget","price":9.99,"stock":100},"#
        + #"{"id":2,"name":"Gadget","price":24.5,"stock":42},"#
        + #"{"id":3,"name":"Doohickey","price":3.25,"stock":0}]"#

    /// The `/catalogue?n=N` body: products `p0`…`p(N-1)`, each about 100 bytes.
    public static func catalogue(_ count: Int) -> String {
        let items = (0..<count).map { index in
            #"{"id":"p\#(index)","name":"Product number \#(index)","price":\#(100 + index),"attributes":{"color":"grey"}}"#
        }
        return #"{"data":["# + items.joined(separator: ",") + #"],"total":\#(count)}"#
    }

    /// The body of chunk `index` of `/chunked`.
    public static func chunk(_ index: Int) -> String {
        "chunk-\(index);"
    }

    /// The `/http10` body.
    public static let http10 = "body until close"

    /// A JSON string literal for `text`, escaped per RFC 8259.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

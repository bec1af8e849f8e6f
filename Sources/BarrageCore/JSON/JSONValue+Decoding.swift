/// Response bodies arrive as bytes from the HTTP engine; decoding them directly (without
/// Foundation's `JSONSerialization` and its `NSNumber` guessing of booleans) keeps `true` and `1`
/// apart and works the same on every platform.
extension JSONValue {
    /// Decodes one JSON document (RFC 8259), surrounded by optional whitespace.
    public init(jsonBytes bytes: some Collection<UInt8>) throws(JSONDecodingError) {
        let storage = Array(bytes)
        var reader = JSONReader(bytes: storage)
        self = try reader.document()
    }

    /// Decodes one JSON document from text.
    public init(jsonText text: String) throws(JSONDecodingError) {
        try self.init(jsonBytes: Array(text.utf8))
    }
}

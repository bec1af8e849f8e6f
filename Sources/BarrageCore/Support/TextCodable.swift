/// A value stored in JSON as the text a user writes for it (`http_req_duration{name:login}`,
/// `p(95)<500`), so summaries stay readable and decoding re-runs the same parser as the file did.
public protocol TextCodable: Codable, CustomStringConvertible {
    associatedtype ParseError: Error & CustomStringConvertible
    /// Reads the user's text.
    init(parsing text: String) throws(ParseError)
}

extension TextCodable {
    /// Decodes by parsing the stored text; a parse error becomes a data-corruption error naming why.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Self(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    /// Encodes as the canonical text (`description`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

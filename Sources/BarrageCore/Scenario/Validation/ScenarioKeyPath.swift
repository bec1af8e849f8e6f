/// The dotted path of a value in a scenario file (`scenarios.browse.stages[1].duration`), built up
/// while decoding so every error can name what it is about.
struct ScenarioKeyPath: Sendable, CustomStringConvertible {
    private(set) var text: String

    static let root = ScenarioKeyPath(text: "")

    /// The path of a mapping member; keys that are not plain words are quoted in brackets
    /// (`check.json["$.count"]`).
    func key(_ key: String) -> ScenarioKeyPath {
        let plain =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
        if plain { return ScenarioKeyPath(text: text.isEmpty ? key : "\(text).\(key)") }
        return ScenarioKeyPath(text: "\(text)[\"\(key)\"]")
    }

    /// The path of a sequence element.
    func index(_ index: Int) -> ScenarioKeyPath {
        ScenarioKeyPath(text: "\(text)[\(index)]")
    }

    var description: String { text }
}

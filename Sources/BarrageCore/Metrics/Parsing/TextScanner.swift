/// A cursor over a short piece of text (a threshold key or expression) that tracks the 0-based column,
/// so every parse error can say exactly where it happened.
struct TextScanner {
    let characters: [Character]
    private(set) var column: Int = 0

    init(_ text: String) {
        self.characters = Array(text)
    }

    var isAtEnd: Bool { column >= characters.count }

    var current: Character? { isAtEnd ? nil : characters[column] }

    func peek(offset: Int) -> Character? {
        let index = column + offset
        return index < characters.count ? characters[index] : nil
    }

    mutating func advance(by count: Int = 1) {
        column = min(column + count, characters.count)
    }

    mutating func skipWhitespace() {
        while let character = current, character.isWhitespace {
            advance()
        }
    }

    /// Consumes `expected` if it is next and reports whether it did.
    mutating func consume(_ expected: Character) -> Bool {
        guard current == expected else { return false }
        advance()
        return true
    }

    /// Consumes the longest run of characters satisfying `predicate` and returns it.
    mutating func scan(while predicate: (Character) -> Bool) -> String {
        let start = column
        while let character = current, predicate(character) {
            advance()
        }
        return String(characters[start..<column])
    }

    /// The unconsumed text.
    var rest: String { String(characters[column...]) }
}

extension Character {
    /// Letters, digits and `_ . -`: what metric names and tag keys are made of.
    var isNameCharacter: Bool {
        isASCII && (isLetter || isNumber || self == "_" || self == "." || self == "-")
    }
}

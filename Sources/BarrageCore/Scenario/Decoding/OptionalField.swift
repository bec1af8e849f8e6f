/// The outcome of decoding an optional key: absent (use the default), present, or present but
/// invalid (an error was reported). Keeps "not there" and "wrong" apart without nested optionals.
enum OptionalField<Value> {
    case absent
    case present(Value)
    case invalid

    /// From `entry.map { decode($0) }`: nil is absent, `.some(nil)` is invalid.
    init(_ decoded: Value??) {
        switch decoded {
        case .none: self = .absent
        case .some(.none): self = .invalid
        case .some(.some(let value)): self = .present(value)
        }
    }

    var isInvalid: Bool {
        if case .invalid = self { true } else { false }
    }

    /// The decoded value, nil when absent or invalid.
    var value: Value? {
        if case .present(let value) = self { value } else { nil }
    }

    /// The decoded value or `fallback` when absent; nil when invalid.
    func value(or fallback: Value) -> Value? {
        switch self {
        case .absent: fallback
        case .present(let value): value
        case .invalid: nil
        }
    }
}

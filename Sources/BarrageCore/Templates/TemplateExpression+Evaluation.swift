import Foundation

extension TemplateExpression {
    /// The expression's text in `scope`; fails with the first variable that has no value, so the
    /// iteration stops with a clear check instead of sending a request with a hole in it.
    public func evaluate(in scope: inout some TemplateScope) -> Result<String, UnresolvedVariable> {
        switch self {
        case .text(let text):
            return .success(text)
        case .variable(let name):
            guard let value = scope.variable(name) else { return .failure(UnresolvedVariable(name: name)) }
            return .success(value.text)
        case .randomElement(let name, let path):
            return randomElement(of: name, path: path, in: &scope)
        case .call(let function, let arguments):
            var values: [String] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments {
                switch argument.evaluate(in: &scope) {
                case .success(let value): values.append(value)
                case .failure(let missing): return .failure(missing)
                }
            }
            return .success(function.apply(to: values, in: &scope))
        }
    }

    /// Draws one element of a captured JSON array. Only a value kept as JSON can be indexed: text is
    /// never decoded here, so the cost is one draw and the path, whatever the array's size.
    private func randomElement(
        of name: String, path: JSONPath?, in scope: inout some TemplateScope
    ) -> Result<String, UnresolvedVariable> {
        guard case .json(.array(let elements))? = scope.variable(name), !elements.isEmpty else {
            return .failure(Self.randomElementReference(name, path))
        }
        let element = elements[Int(scope.randomBits() % UInt64(elements.count))]
        guard let path else { return .success(element.captureText) }
        guard let value = path.evaluate(in: element) else { return .failure(Self.randomElementReference(name, path)) }
        return .success(value.captureText)
    }

    /// `products[random].id`, as an unresolved reference names it.
    private static func randomElementReference(_ name: String, _ path: JSONPath?) -> UnresolvedVariable {
        UnresolvedVariable(name: name + "[random]" + (path.map { String($0.source.dropFirst()) } ?? ""))
    }
}

extension TemplateFunction {
    /// Applies the function to already evaluated arguments (arity was checked at load time).
    func apply(to arguments: [String], in scope: inout some TemplateScope) -> String {
        switch self {
        case .hmacSHA256:
            let mac = Self.hmacSHA256(key: Array(arguments[0].utf8), message: Array(arguments[1].utf8))
            return arguments.count == 3 && arguments[2] == "base64" ? Data(mac).base64EncodedString() : mac.hexString
        case .hmacSHA256Base64:
            return Data(Self.hmacSHA256(key: Array(arguments[0].utf8), message: Array(arguments[1].utf8)))
                .base64EncodedString()
        case .sha256:
            return Self.sha256(Array(arguments[0].utf8)).hexString
        case .base64:
            return Data(arguments[0].utf8).base64EncodedString()
        case .randomInt:
            let low = Int(arguments[0]) ?? 0
            let high = Int(arguments[1]) ?? low
            return String(scope.randomInt(in: min(low, high)...max(low, high)))
        case .uuid:
            return Self.uuid(scope.randomBits(), scope.randomBits())
        case .timestamp:
            return String(Int(scope.now().timeIntervalSince1970))
        case .timestampMs:
            return String(Int((scope.now().timeIntervalSince1970 * 1000).rounded(.down)))
        }
    }

    /// A version-4, variant-1 UUID in its canonical lower-case form, written straight into its
    /// 36 bytes (a request with `Idempotency-Key: ${uuid}` renders one per iteration).
    static func uuid(_ high: UInt64, _ low: UInt64) -> String {
        let versioned = (high & ~0xF000) | 0x4000
        let varianted = (low & ~(0xC << 60)) | (0x8 << 60)
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = nibble < 16 ? versioned : varianted
                buffer[position] = digits.utf8Start[Int(truncatingIfNeeded: word >> (60 - 4 * UInt64(nibble % 16))) & 0xF]
                position += 1
            }
            return position
        }
    }
}

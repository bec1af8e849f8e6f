import Foundation

extension TemplateExpression {
    /// The expression's text in `scope`; fails with the first variable that has no value, so the
    /// iteration stops with a clear check instead of sending a request with a hole in it.
    public func evaluate(in scope: inout some TemplateScope) -> Result<String, UnresolvedVariable> {
        switch self {
        case .text(let text):
            return .success(text)
        case .variable(let name):
            guard let value = scope.value(of: name) else { return .failure(UnresolvedVariable(name: name)) }
            return .success(value)
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

    private func randomElement(
        of name: String, path: JSONPath?, in scope: inout some TemplateScope
    ) -> Result<String, UnresolvedVariable> {
        let reference = UnresolvedVariable(name: name + "[random]" + (path.map { String($0.source.dropFirst()) } ?? ""))
        guard let text = scope.value(of: name), case .array(let elements)? = try? JSONValue(jsonText: text),
            !elements.isEmpty
        else { return .failure(reference) }
        let element = elements[Int(scope.randomBits() % UInt64(elements.count))]
        guard let path else { return .success(element.captureText) }
        guard let value = path.evaluate(in: element) else { return .failure(reference) }
        return .success(value.captureText)
    }
}

extension TemplateFunction {
    /// Applies the function to already evaluated arguments (arity was checked at load time).
    func apply(to arguments: [String], in scope: inout some TemplateScope) -> String {
        switch self {
        case .hmacSHA256:
            let mac = SHA256.hmac(key: Array(arguments[0].utf8), message: Array(arguments[1].utf8))
            return arguments.count == 3 && arguments[2] == "base64" ? Data(mac).base64EncodedString() : mac.hexString
        case .hmacSHA256Base64:
            return Data(SHA256.hmac(key: Array(arguments[0].utf8), message: Array(arguments[1].utf8)))
                .base64EncodedString()
        case .sha256:
            return SHA256.digest(Array(arguments[0].utf8)).hexString
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

    /// A version-4, variant-1 UUID in its canonical lower-case form.
    static func uuid(_ high: UInt64, _ low: UInt64) -> String {
        let versioned = (high & ~0xF000) | 0x4000
        let varianted = (low & ~(0xC << 60)) | (0x8 << 60)
        let bytes =
            (0..<8).map { UInt8(truncatingIfNeeded: versioned >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: varianted >> (56 - 8 * $0)) }
        let hex = bytes.hexString
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }
}

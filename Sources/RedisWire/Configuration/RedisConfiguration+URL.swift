extension RedisConfiguration {
    /// Reads `redis://[[user]:password@]host[:port][/db]`, the form `REDIS_URL` conventionally takes.
    ///
    /// User and password may be percent-encoded; IPv6 hosts are written in brackets. Timeouts are
    /// not part of the URL and keep the values passed here.
    public init(
        url: String,
        connectTimeout: Duration = .seconds(2),
        commandTimeout: Duration? = .seconds(2)
    ) throws(RedisError) {
        func invalid(_ reason: String) -> RedisError { .invalidURL(url, reason: reason) }

        guard url.hasPrefix("redis://") else { throw invalid("expected the scheme redis://") }
        var rest = Substring(url.dropFirst("redis://".count))

        var database = 0
        if let slash = rest.firstIndex(of: "/") {
            let path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
            if !path.isEmpty {
                guard let number = Int(path), number >= 0 else { throw invalid("database '\(path)' is not a number") }
                database = number
            }
        }

        var username: String?
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                let user = userInfo[..<colon]
                username = user.isEmpty ? nil : try Self.percentDecoded(user, url: url)
                password = try Self.percentDecoded(userInfo[userInfo.index(after: colon)...], url: url)
            } else if !userInfo.isEmpty {
                password = try Self.percentDecoded(userInfo, url: url)
            }
        }

        var host: Substring
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw invalid("unclosed '[' in IPv6 host") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else if !after.isEmpty {
                throw invalid("unexpected '\(after)' after IPv6 host")
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
        }
        guard !host.isEmpty else { throw invalid("missing host") }

        var port = 6379
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw invalid("port '\(portText)' is not between 1 and 65535")
            }
            port = number
        }

        self.init(
            host: String(host),
            port: port,
            username: username,
            password: password,
            database: database,
            connectTimeout: connectTimeout,
            commandTimeout: commandTimeout
        )
    }

    private static func percentDecoded(_ text: Substring, url: String) throws(RedisError) -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .invalidURL(url, reason: "bad percent-encoding in credentials")
            }
            bytes.append(high << 4 | low)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

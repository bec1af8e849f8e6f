/// The test server's routes, decided from the request target alone so the mapping is
/// a pure function the handler merely executes.
enum TestRoute: Equatable {
    /// `GET /` → 200 "ok".
    case root
    /// `/delay?ms=N` → 200 after N ms.
    case delay(milliseconds: Int)
    /// `/status/N` → status N.
    case status(Int)
    /// `/json` → a fixed JSON object with nested arrays.
    case json
    /// `/echo` → the request's method, target, headers and body as JSON.
    case echo
    /// `/drop` → close without answering.
    case drop
    /// `/reset` → abort the connection with a TCP reset.
    case reset
    /// `/slow-body?ms=N` → head at once, body after N ms.
    case slowBody(milliseconds: Int)
    /// `/products`, `/api/v1/products` → a JSON product list.
    case products
    /// `/catalogue?n=N` → `{"data": [N products], "total": N}`, large enough to test body limits.
    case catalogue(count: Int)
    /// `/header?name=X&value=Y` → 200 with header X: Y.
    case header(name: String, value: String)
    /// `/close` → 200 with `Connection: close`, then close.
    case close
    /// `/chunked?n=K` → a chunked body of K chunks.
    case chunked(count: Int)
    /// `/http10` → an HTTP/1.0 response whose body ends when the connection closes.
    case http10
    /// `/idle-close?ms=N` → 200 kept alive, then the server closes the idle connection after N ms.
    case idleClose(milliseconds: Int)
    /// `/stepped?ms=A,B,C&every=T[&sent=UNIX_MS]` → 200 after A ms during the first T ms after the
    /// server's first `/stepped` request, B ms during the next T ms, and so on (the last value stays): a
    /// target whose latency rises at a known rate, for per-stage and capacity measurements. With `sent`
    /// (the client's `${timestampMs}`) the steps follow the client's clock, so a server that is slow to read
    /// a request cannot move it into the next step.
    case stepped(milliseconds: [Int], every: Int, sent: Int?)
    /// Anything else → 404.
    case notFound

    init(target: String) {
        let (path, query) = Self.split(target)
        switch path {
        case "/": self = .root
        case "/delay": self = .delay(milliseconds: query.int("ms") ?? 0)
        case "/json": self = .json
        case "/echo": self = .echo
        case "/drop": self = .drop
        case "/reset": self = .reset
        case "/slow-body": self = .slowBody(milliseconds: query.int("ms") ?? 0)
        case "/products", "/api/v1/products": self = .products
        case "/catalogue": self = .catalogue(count: query.int("n") ?? 10)
        case "/close": self = .close
        case "/chunked": self = .chunked(count: query.int("n") ?? 3)
        case "/http10": self = .http10
        case "/idle-close": self = .idleClose(milliseconds: query.int("ms") ?? 0)
        case "/stepped":
            let steps = (query.value("ms") ?? "0").split(separator: ",").compactMap { Int($0) }
            self = .stepped(milliseconds: steps.isEmpty ? [0] : steps, every: max(1, query.int("every") ?? 1000), sent: query.int("sent"))
        case "/header":
            self = .header(name: query.value("name") ?? "X-Test", value: query.value("value") ?? "")
        default:
            if path.hasPrefix("/status/"), let status = Int(path.dropFirst("/status/".count)),
                (100...599).contains(status)
            {
                self = .status(status)
            } else {
                self = .notFound
            }
        }
    }

    private static func split(_ target: String) -> (path: Substring, query: QueryItems) {
        guard let mark = target.firstIndex(of: "?") else { return (target[...], QueryItems("")) }
        return (target[..<mark], QueryItems(target[target.index(after: mark)...]))
    }
}

/// `a=1&b=two` decoded, with `%XX` and `+` handled, enough for the test routes.
struct QueryItems {
    private let items: [(name: String, value: String)]

    init(_ query: Substring) {
        items = query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    func value(_ name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    func int(_ name: String) -> Int? {
        value(name).flatMap { Int($0) }
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let high = iterator.next().flatMap { UInt8(String(UnicodeScalar($0)), radix: 16) }
                let low = iterator.next().flatMap { UInt8(String(UnicodeScalar($0)), radix: 16) }
                if let high, let low { bytes.append(high << 4 | low) }
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

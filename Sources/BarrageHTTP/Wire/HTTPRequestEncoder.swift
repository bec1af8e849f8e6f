import NIOCore

/// Writes a request head and body straight into one `ByteBuffer`, so a request costs
/// one socket write and no intermediate header dictionary.
enum HTTPRequestEncoder {
    /// What encoding learned about the request that matters after it is sent.
    struct Outcome: Equatable {
        /// The request carried `Connection: close`, so the connection ends with this exchange.
        var asksToClose: Bool
    }

    /// Appends `request` to `buffer`, adding `Host` and `Content-Length` when the caller left them out.
    static func encode(_ request: HTTPRequest, hostHeader: String, into buffer: inout ByteBuffer) -> Outcome {
        buffer.writeString(request.method)
        buffer.writeStaticString(" ")
        buffer.writeString(request.target)
        buffer.writeStaticString(" HTTP/1.1\r\n")

        var hasHost = false
        var hasFraming = false
        var asksToClose = false
        for (name, value) in request.headers {
            switch name.utf8.count {
            case 4 where ASCII.equalsIgnoringCase(name.utf8, lowercase: "host"):
                hasHost = true
            case 14 where ASCII.equalsIgnoringCase(name.utf8, lowercase: "content-length"),
                17 where ASCII.equalsIgnoringCase(name.utf8, lowercase: "transfer-encoding"):
                hasFraming = true
            case 10 where ASCII.equalsIgnoringCase(name.utf8, lowercase: "connection"):
                asksToClose = asksToClose || ASCII.listContainsToken(value.utf8, "close")
            default:
                break
            }
            buffer.writeString(name)
            buffer.writeStaticString(": ")
            buffer.writeString(value)
            buffer.writeStaticString("\r\n")
        }
        if !hasHost {
            buffer.writeStaticString("Host: ")
            buffer.writeString(hostHeader)
            buffer.writeStaticString("\r\n")
        }
        if !hasFraming, let length = contentLength(of: request) {
            buffer.writeStaticString("Content-Length: ")
            buffer.writeString(String(length))
            buffer.writeStaticString("\r\n")
        }
        buffer.writeStaticString("\r\n")
        if let body = request.body {
            buffer.writeBytes(body)
        }
        return Outcome(asksToClose: asksToClose)
    }

    /// The length to announce: the body's, or 0 for methods whose servers expect a body.
    private static func contentLength(of request: HTTPRequest) -> Int? {
        if let body = request.body { return body.count }
        switch request.method {
        case "POST", "PUT", "PATCH": return 0
        default: return nil
        }
    }
}

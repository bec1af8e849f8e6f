/// A complete response a route produces, before it is framed onto the wire.
struct TestResponse {
    var status: Int
    var headers: [(String, String)] = []
    var body: String
    /// HEAD requests get the headers of the response without its body.
    var omitsBody: Bool
    /// Send `Connection: close` and close once the response is written.
    var closesConnection = false

    /// Sets a JSON body and its content type.
    mutating func setJSON(_ json: String) {
        body = json
        headers.append(("Content-Type", "application/json"))
    }

    /// Statuses that never carry a body, plus responses to HEAD.
    var hasBody: Bool {
        !omitsBody && status != 204 && status != 304 && !(100..<200).contains(status)
    }
}

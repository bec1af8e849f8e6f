import Foundation
import Hummingbird

extension RequestContext {
    /// The `:id` path parameter as a UUID; a malformed id cannot name anything, so it is `RESOURCE_NOT_FOUND`
    /// like any other unknown id.
    func resourceID(_ what: String) throws(APIError) -> UUID {
        guard let text = parameters.get("id"), let id = UUID(uuidString: text) else {
            throw APIError.notFound(what)
        }
        return id
    }
}

extension Request {
    /// Query parameters in order, decoded, as plain pairs.
    var queryPairs: [(key: String, value: String)] {
        uri.queryParameters.map { (key: String($0.key), value: String($0.value)) }
    }
}

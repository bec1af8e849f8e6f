/// Collects every validation problem in a request before failing, so a client learns all of them at once.
struct Validator {
    private(set) var details: [ErrorDetail] = []

    /// Records `issue` for `field` unless `condition` holds.
    mutating func check(_ condition: Bool, _ field: String, _ issue: String) {
        if !condition {
            details.append(ErrorDetail(field: field, issue: issue))
        }
    }

    /// Throws a `VALIDATION_ERROR` carrying every recorded problem, if any.
    func throwIfInvalid() throws(APIError) {
        if !details.isEmpty {
            throw APIError.validation(details)
        }
    }
}

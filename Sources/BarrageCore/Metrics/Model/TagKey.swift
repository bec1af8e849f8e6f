/// The tag keys the harness itself sets on samples, spelled as in k6, so every module agrees on them.
public enum TagKey {
    /// The request's name (`name:` in the flow, else its URL); the per-request breakdown groups by it.
    public static let name = "name"
    /// The scenario that issued the sample.
    public static let scenario = "scenario"
    /// The HTTP method.
    public static let method = "method"
    /// The HTTP status code, as text.
    public static let status = "status"
    /// `true` when the status counted as expected (2xx/3xx by default), else `false`.
    public static let expectedResponse = "expected_response"
    /// The request URL.
    public static let url = "url"
    /// The group path the sample was taken in.
    public static let group = "group"
    /// The check's name, on `checks` samples.
    public static let check = "check"
    /// Why a request failed (`timeout`, `connection_refused`, …); absent on success.
    public static let errorCategory = "error_category"
}

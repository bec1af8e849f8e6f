import Testing

@testable import Storefront

@Suite struct RequestIDTests {
    @Test func acceptsConventionalIDs() {
        #expect(RequestIDMiddleware<AppRequestContext>.isAcceptable("3f2b9c1e-aaaa-4bbb-8ccc-000000000001"))
        #expect(RequestIDMiddleware<AppRequestContext>.isAcceptable("lb:edge-7.42_x"))
    }

    @Test func refusesEmptyOverlongOrInjectingIDs() {
        #expect(!RequestIDMiddleware<AppRequestContext>.isAcceptable(""))
        #expect(!RequestIDMiddleware<AppRequestContext>.isAcceptable(String(repeating: "a", count: 129)))
        #expect(!RequestIDMiddleware<AppRequestContext>.isAcceptable("id\n{\"level\":\"critical\"}"))
        #expect(!RequestIDMiddleware<AppRequestContext>.isAcceptable("ünïcode"))
    }
}

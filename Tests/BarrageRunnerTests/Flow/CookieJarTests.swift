import Foundation
import Testing

@testable import BarrageRunner

@Suite("the per-VU cookie jar")
struct CookieJarTests {
    private let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("a cookie goes back to the host that set it, not to another")
    func sameHostOnly() {
        var jar = CookieJar()
        jar.store(["sid=abc; Path=/; HttpOnly"], host: "127.0.0.1", requestPath: "/login", now: now)
        #expect(jar.header(host: "127.0.0.1", path: "/orders", now: now) == "sid=abc")
        #expect(jar.header(host: "127.0.0.2", path: "/orders", now: now) == nil)
    }

    @Test("without Path the cookie belongs to the request's folder")
    func defaultPath() {
        var jar = CookieJar()
        jar.store(["pref=1"], host: "h", requestPath: "/api/v1/login?x=1", now: now)
        #expect(jar.header(host: "h", path: "/api/v1/orders", now: now) == "pref=1")
        #expect(jar.header(host: "h", path: "/other", now: now) == nil)
    }

    @Test("a later Set-Cookie of the same name replaces the value; Max-Age=0 deletes it")
    func replaceAndDelete() {
        var jar = CookieJar()
        jar.store(["a=1; Path=/", "b=2; Path=/"], host: "h", requestPath: "/", now: now)
        jar.store(["a=3; Path=/"], host: "h", requestPath: "/", now: now)
        #expect(jar.header(host: "h", path: "/", now: now) == "b=2; a=3")
        jar.store(["b=; Path=/; Max-Age=0"], host: "h", requestPath: "/", now: now)
        #expect(jar.header(host: "h", path: "/", now: now) == "a=3")
    }

    @Test("an expired cookie is not sent")
    func expiry() {
        var jar = CookieJar()
        jar.store(["t=1; Path=/; Max-Age=60"], host: "h", requestPath: "/", now: now)
        #expect(jar.header(host: "h", path: "/", now: now.addingTimeInterval(61)) == nil)
        jar.store(["u=1; Path=/; Expires=Wed, 21 Oct 2015 07:28:00 GMT"], host: "h", requestPath: "/", now: now)
        #expect(jar.header(host: "h", path: "/", now: now) == "t=1")
    }

    @Test("a Domain cookie also goes to subdomains; a foreign Domain is refused")
    func domain() {
        var jar = CookieJar()
        jar.store(["d=1; Domain=shop.test; Path=/"], host: "www.shop.test", requestPath: "/", now: now)
        jar.store(["e=1; Domain=evil.test; Path=/"], host: "www.shop.test", requestPath: "/", now: now)
        #expect(jar.header(host: "api.shop.test", path: "/", now: now) == "d=1")
    }
}

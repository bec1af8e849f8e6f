import Testing

@testable import Storefront

@Suite struct ClientAddressTests {
    @Test func forwardedForIsIgnoredFromAnUntrustedPeer() {
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: "1.2.3.4", trustedProxies: []) == "203.0.113.9")
    }

    @Test func theNearestUntrustedHopIsTheClient() {
        let address = ClientAddress.resolve(
            peer: "10.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", trustedProxies: ["10.0.0.1", "10.0.0.2"])
        #expect(address == "198.51.100.7", "the left-most entry is whatever the client claimed")
    }

    @Test func aGarbageHopFallsBackToThePeer() {
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: "not-an-ip", trustedProxies: ["10.0.0.1"]) == "10.0.0.1")
    }

    @Test func noPeerMeansNoAddress() {
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: "1.2.3.4", trustedProxies: []) == nil)
    }

    @Test func recognisesIPv4AndIPv6Literals() {
        #expect(ClientAddress.isIPAddress("127.0.0.1"))
        #expect(ClientAddress.isIPAddress("::1"))
        #expect(!ClientAddress.isIPAddress("localhost"))
    }
}

/// A self-signed certificate for `localhost` and `127.0.0.1` (valid until 2126) and its
/// key, so TLS tests run offline with no setup. Test use only: the key is public.
public enum TestCertificate {
    /// The certificate, PEM; trust it to test verification-on connections.
    public static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIBmzCCAUGgAwIBAgIUbad0zADQdnOcl04WqCd/zT1JbbgwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNzE0MzYxNVoYDzIxMjYxMTAz
        MTQzNjE1WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAAQkoydS2P1PN56jofSagrB9V51GRqGaJL2mzqLNMAaaGS5OUipqotus
        hBxxqqihHsOvDIXl7K4zvdxopjrQ0Q/go28wbTAdBgNVHQ4EFgQUHiBfxV/7g5Wp
        hDCiZV0et4SqGLowHwYDVR0jBBgwFoAUHiBfxV/7g5WphDCiZV0et4SqGLowDwYD
        VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
        zj0EAwIDSAAwRQIhAOkFz2d3jtS5QZISHdzBEnbMdvqbqppoZ8xFd3WmyZ5MAiBV
        sbxkcq+qW1LCjC4fFTb+a6Pj7l0bxE8/w2NFzxBU3Q==
        -----END CERTIFICATE-----
        """

    /// The P-256 private key, PEM.
    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgeksMOSztuFoS9Q28
        gF804IlbchNdHZg58SVlrDowunyhRANCAAQkoydS2P1PN56jofSagrB9V51GRqGa
        JL2mzqLNMAaaGS5OUipqotushBxxqqihHsOvDIXl7K4zvdxopjrQ0Q/g
        -----END PRIVATE KEY-----
        """
}

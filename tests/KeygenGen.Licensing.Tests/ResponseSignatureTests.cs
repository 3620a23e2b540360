using System;
using System.Text;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

public sealed class ResponseSignatureTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    private static KeygenSignatureVerifier Verifier(TimeSpan clockOffset = default) => new(V.PublicKeys, V.ClockAt(clockOffset));

    private static VerificationFailureReason Rejection(SignedHttpMessage message, TimeSpan clockOffset = default) =>
        Assert.Throws<KeygenSignatureException>(() => Verifier(clockOffset).Verify(message)).Reason;

    [Theory]
    [InlineData("list")]
    [InlineData("custom-domain-with-port")]
    [InlineData("empty-body")]
    [InlineData("proxy-rewrote-date")]
    [InlineData("rsa-pss-sha256")]
    [InlineData("rsa-sha256")]
    public void Node_signed_responses_verify(string name)
    {
        Verifier().Verify(V.Response(name).ToMessage());
    }

    [Fact]
    public void Clock_drift_within_the_window_is_accepted_on_both_sides()
    {
        var message = V.Response("list").ToMessage();
        Verifier(TimeSpan.FromMinutes(4)).Verify(message);
        Verifier(TimeSpan.FromMinutes(-4)).Verify(message);
    }

    [Fact]
    public void A_replayed_response_older_than_the_window_is_rejected()
    {
        Assert.Equal(VerificationFailureReason.DateTooOld, Rejection(V.Response("list").ToMessage(), TimeSpan.FromMinutes(6)));
    }

    [Fact]
    public void A_response_dated_beyond_the_window_in_the_future_is_rejected()
    {
        Assert.Equal(VerificationFailureReason.DateInFuture, Rejection(V.Response("list").ToMessage(), TimeSpan.FromMinutes(-6)));
    }

    [Fact]
    public void The_drift_window_is_configurable_and_can_be_disabled_for_recorded_data()
    {
        var message = V.Response("list").ToMessage();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(V.Now + TimeSpan.FromMinutes(30));
        var wide = new KeygenSignatureVerifier(V.PublicKeys, new KeygenVerificationOptions { TimeProvider = clock, MaxClockDrift = TimeSpan.FromHours(1) });
        var narrow = new KeygenSignatureVerifier(V.PublicKeys, new KeygenVerificationOptions { TimeProvider = clock, MaxClockDrift = TimeSpan.FromMinutes(1) });
        var disabled = new KeygenSignatureVerifier(V.PublicKeys, new KeygenVerificationOptions { TimeProvider = clock, MaxClockDrift = null });

        wide.Verify(message);
        disabled.Verify(message);
        Assert.Equal(VerificationFailureReason.DateTooOld, Assert.Throws<KeygenSignatureException>(() => narrow.Verify(message)).Reason);
    }

    [Fact]
    public void A_tampered_body_is_rejected_as_a_digest_mismatch()
    {
        var message = V.Response("list").ToMessage();
        var body = message.Body.ToArray();
        body[10] ^= 0x01;
        Assert.Equal(VerificationFailureReason.DigestMismatch, Rejection(message with { Body = body }));
    }

    [Fact]
    public void A_body_dropped_from_a_signed_response_is_rejected()
    {
        Assert.Equal(VerificationFailureReason.DigestMismatch, Rejection(V.Response("list").ToMessage() with { Body = Array.Empty<byte>() }));
    }

    [Fact]
    public void A_tampered_date_is_rejected_even_when_fresh()
    {
        var message = V.Response("list").ToMessage();
        var moved = message with { Headers = message.Headers with { Date = V.Now.AddMinutes(1).ToString("r") } };
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(moved));
    }

    [Fact]
    public void A_digest_header_rewritten_to_match_a_tampered_body_is_rejected()
    {
        var message = V.Response("list").ToMessage();
        var forgedBody = Encoding.UTF8.GetBytes("{\"data\":[]}");
        var forgedDigest = "sha-256=" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(forgedBody));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(message with { Body = forgedBody, Headers = message.Headers with { Digest = forgedDigest } }));
    }

    [Theory]
    [InlineData("evil.example.com")]
    [InlineData("api.keygen.sh.evil.example.com")]
    public void A_response_for_another_host_is_rejected(string host)
    {
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(V.Response("list").ToMessage() with { Host = host }));
    }

    [Theory]
    [InlineData("/v1/accounts/acme/licenses?page%5Bsize%5D=100&include=policy")]
    [InlineData("/v1/accounts/acme/licenses")]
    [InlineData("/v1/accounts/other/licenses?page%5Bsize%5D=10&include=policy")]
    public void A_response_for_another_path_or_query_is_rejected(string target)
    {
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(V.Response("list").ToMessage() with { RequestTarget = target }));
    }

    [Fact]
    public void A_response_for_another_method_is_rejected()
    {
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(V.Response("list").ToMessage() with { Method = "POST" }));
    }

    [Fact]
    public void The_port_of_the_request_host_is_ignored_as_Keygen_signs_without_it()
    {
        var message = V.Response("custom-domain-with-port").ToMessage();
        Assert.Equal("licensing.example.com:8443", message.Host);
        Verifier().Verify(message with { Host = "licensing.example.com" });
    }

    [Fact]
    public void A_flipped_signature_byte_is_rejected()
    {
        var vector = V.Response("list");
        var header = vector.Headers["Keygen-Signature"];
        var start = header.IndexOf("signature=\"", StringComparison.Ordinal) + "signature=\"".Length;
        var signature = Convert.FromBase64String(header[start..header.IndexOf('"', start)]);
        signature[5] ^= 0x80;
        var forged = header[..start] + Convert.ToBase64String(signature) + header[header.IndexOf('"', start)..];
        var message = vector.ToMessage();
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(message with { Headers = message.Headers with { Signature = forged } }));
    }

    [Fact]
    public void A_response_signed_by_another_key_is_rejected()
    {
        var other = new KeygenSignatureVerifier(new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.OtherEd25519Hex)), V.ClockAt());
        var reason = Assert.Throws<KeygenSignatureException>(() => other.Verify(V.Response("list").ToMessage())).Reason;
        Assert.Equal(VerificationFailureReason.SignatureInvalid, reason);
    }

    [Fact]
    public void An_rsa_signature_is_rejected_by_another_rsa_key_and_without_an_rsa_key()
    {
        var message = V.Response("rsa-pss-sha256").ToMessage();
        var otherRsa = new KeygenSignatureVerifier(new KeygenPublicKeys(rsa: RsaPublicKey.Parse(V.Keys.OtherRsaPem)), V.ClockAt());
        var ed25519Only = new KeygenSignatureVerifier(new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.Ed25519Hex)), V.ClockAt());

        Assert.Equal(VerificationFailureReason.SignatureInvalid, Assert.Throws<KeygenSignatureException>(() => otherRsa.Verify(message)).Reason);
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Assert.Throws<KeygenSignatureException>(() => ed25519Only.Verify(message)).Reason);
    }

    [Fact]
    public void An_unsupported_algorithm_is_reported_as_such()
    {
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(V.Response("ecdsa-p256").ToMessage()));
    }

    [Theory]
    [InlineData("Keygen-Signature")]
    [InlineData("Date")]
    [InlineData("Digest")]
    public void A_missing_signing_header_is_reported(string header)
    {
        var message = V.Response("list").ToMessage();
        var headers = header switch
        {
            "Keygen-Signature" => message.Headers with { Signature = null },
            "Date" => message.Headers with { Date = null },
            _ => message.Headers with { Digest = null },
        };
        var error = Assert.Throws<KeygenSignatureException>(() => Verifier().Verify(message with { Headers = headers }));
        Assert.Equal(VerificationFailureReason.MissingHeader, error.Reason);
        Assert.Contains(header, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("algorithm=\"ed25519\", signature=\"AAAA\"")]
    [InlineData("algorithm=\"ed25519\", signature=\"AAAA\", headers=\"date\"")]
    [InlineData("algorithm=\"ed25519\", signature=\"not base64!\", headers=\"(request-target) host date digest\"")]
    [InlineData("signature=\"AAAA\", headers=\"(request-target) host date digest\"")]
    [InlineData("algorithm=\"ed25519\", algorithm=\"ed25519\", signature=\"AAAA\", headers=\"(request-target) host date digest\"")]
    public void A_malformed_signature_header_is_reported(string header)
    {
        var message = V.Response("list").ToMessage();
        Assert.Equal(VerificationFailureReason.MalformedHeader, Rejection(message with { Headers = message.Headers with { Signature = header } }));
    }

    [Fact]
    public void The_account_meta_key_forms_verify_too()
    {
        var keys = KeygenPublicKeys.Parse(V.Keys.Ed25519AccountMeta, V.Keys.RsaAccountMeta);
        var verifier = new KeygenSignatureVerifier(keys, V.ClockAt());
        verifier.Verify(V.Response("list").ToMessage());
        verifier.Verify(V.Response("rsa-pss-sha256").ToMessage());
    }
}

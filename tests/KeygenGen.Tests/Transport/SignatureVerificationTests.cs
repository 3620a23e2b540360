using System;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Signatures;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>With <see cref="KeygenClientOptions.PublicKey"/> set, the licensing part's verifying handler checks every response in the pipeline.</summary>
public sealed class SignatureVerificationTests : KeygenServerTest
{
    private readonly ResponseSigner _signer = new();

    private KeygenClient VerifyingClient(InMemoryLogger? logger = null) =>
        TestClients.Client(Server, o =>
        {
            o.PublicKey = _signer.PublicKeyHex;
            o.Logger = logger;
        });

    [Fact]
    public async Task A_signed_response_is_returned_and_a_signature_was_asked_for()
    {
        Server.Fallback = _signer.Signed(200, """{"data":{"id":"l1","type":"licenses"}}""");
        using KeygenClient client = VerifyingClient();

        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses/l1?x=1"));

        Assert.Equal("""{"data":{"id":"l1","type":"licenses"}}""", response.BodyAsString());
        Assert.Equal("algorithm=\"ed25519\"", Assert.Single(Server.Requests).Header("Keygen-Accept-Signature"));
    }

    [Fact]
    public async Task A_tampered_or_unsigned_response_is_rejected_and_logged()
    {
        Server.Enqueue(
            _signer.Signed(200, """{"data":{"id":"l1","attributes":{"status":"SUSPENDED"}}}""", sentBody: """{"data":{"id":"l1","attributes":{"status":"ACTIVE"}}}"""),
            Replies.Json(200, """{"data":null}"""));
        var logger = new InMemoryLogger();
        using KeygenClient client = VerifyingClient(logger);

        var tampered = await Assert.ThrowsAsync<KeygenSignatureException>(() => client.SendAsync(TestClients.Get("/licenses/l1")));
        var unsigned = await Assert.ThrowsAsync<KeygenSignatureException>(() => client.SendAsync(TestClients.Get("/licenses/l1")));

        Assert.Equal(VerificationFailureReason.DigestMismatch, tampered.Reason);
        Assert.Equal(VerificationFailureReason.MissingHeader, unsigned.Reason);
        Assert.Contains("failed", logger.AllText, StringComparison.Ordinal);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_forged_response_is_caught_as_a_KeygenException_without_the_unverified_response()
    {
        Server.Fallback = _signer.Signed(200, """{"data":{"id":"l1","type":"licenses"}}""", sentBody: """{"data":{"id":"l2","type":"licenses"}}""");
        using KeygenClient client = VerifyingClient();

        KeygenException error = await Assert.ThrowsAnyAsync<KeygenException>(() => client.SendAsync(TestClients.Get("/licenses/l1")));

        Assert.Equal(VerificationFailureReason.DigestMismatch, Assert.IsType<KeygenSignatureException>(error).Reason);
        Assert.Null(error.Response);
    }

    [Fact]
    public async Task An_unsigned_429_is_still_retried()
    {
        Server.Enqueue(Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "slow down", null, ("Retry-After", "0")));
        Server.Fallback = _signer.Signed(200, "{}");
        using KeygenClient client = VerifyingClient();

        KeygenResponse response = await client.SendAsync(TestClients.Post("/machines", "{}"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public void A_malformed_public_key_is_a_configuration_error()
    {
        var error = Assert.Throws<KeygenConfigurationException>(() => TestClients.Client(Server, o => o.PublicKey = "not-a-key"));

        Assert.Contains("PublicKey cannot be used", error.Message, StringComparison.Ordinal);
    }
}

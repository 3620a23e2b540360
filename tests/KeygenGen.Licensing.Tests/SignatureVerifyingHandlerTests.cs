using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Signatures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace KeygenGen.Licensing.Tests;

public sealed class SignatureVerifyingHandlerTests : IAsyncLifetime
{
    private const string Me = "/v1/accounts/acme/me?include=policy";
    private SigningServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SigningServer.StartAsync((app, key) =>
        {
            app.MapGet("/v1/accounts/acme/me", context => SigningServer.WriteSignedAsync(context, key, "{\"data\":{\"id\":\"me\"}}"));
            app.MapGet("/signed-for-another-path", context => SigningServer.WriteSignedAsync(context, key, "{}", signedTarget: "/v1/accounts/acme/me"));
            app.MapGet("/stale", context => SigningServer.WriteSignedAsync(context, key, "{}", date: DateTimeOffset.UtcNow.AddMinutes(-10)));
            app.MapGet("/accept-signature", context => SigningServer.WriteSignedAsync(context, key, context.Request.Headers["Keygen-Accept-Signature"].ToString()));
            app.MapGet("/redirect", context => { context.Response.Redirect(Me); return Task.CompletedTask; });
            app.MapGet("/unsigned", () => Results.Text("{\"data\":null}"));
            app.MapGet("/rate-limited", () => Results.StatusCode(429));
            app.MapGet("/unavailable", () => Results.StatusCode(503));
        });

        var keys = KeygenPublicKeys.Parse(_server.PublicKeyHex);
        var handler = new KeygenSignatureVerifyingHandler(new KeygenSignatureVerifier(keys)) { InnerHandler = new SocketsHttpHandler() };
        _client = new HttpClient(handler) { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_response_passes_and_its_body_stays_readable()
    {
        using var response = await _client.GetAsync(Me);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"id\":\"me\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_handler_asks_for_ed25519_signatures()
    {
        using var response = await _client.GetAsync("/accept-signature");
        Assert.Equal("algorithm=\"ed25519\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redirected_response_is_verified_against_the_final_target()
    {
        using var response = await _client.GetAsync("/redirect");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Me, response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    [Theory]
    [InlineData("/signed-for-another-path", VerificationFailureReason.SignatureInvalid)]
    [InlineData("/stale", VerificationFailureReason.DateTooOld)]
    [InlineData("/unsigned", VerificationFailureReason.MissingHeader)]
    public async Task Forged_replayed_and_unsigned_responses_throw(string path, VerificationFailureReason reason)
    {
        var error = await Assert.ThrowsAsync<KeygenSignatureException>(() => _client.GetAsync(path));
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("/rate-limited", HttpStatusCode.TooManyRequests)]
    [InlineData("/unavailable", HttpStatusCode.ServiceUnavailable)]
    public async Task Rate_limits_and_server_errors_pass_through_unverified(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task A_request_can_opt_out_for_responses_that_are_not_Keygen_s()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/unsigned");
#if KEYGEN_LEGACY_BUILD
        // The netstandard2.0 build has no HttpRequestOptionsKey; it reads the option by name.
        request.Options.Set(new HttpRequestOptionsKey<bool>(KeygenSignatureVerifyingHandler.SkipVerificationOptionName), true);
#else
        request.Options.Set(KeygenSignatureVerifyingHandler.SkipVerification, true);
#endif
        using var response = await _client.SendAsync(request);
        Assert.Equal("{\"data\":null}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_response_signed_by_another_key_throws()
    {
        await using var other = await SigningServer.StartAsync((app, key) =>
            app.MapGet("/v1/accounts/acme/me", context => SigningServer.WriteSignedAsync(context, key, "{}")));
        var error = await Assert.ThrowsAsync<KeygenSignatureException>(() => _client.GetAsync(new Uri(other.BaseAddress, Me)));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
    }
}

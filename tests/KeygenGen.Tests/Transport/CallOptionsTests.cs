using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Signatures;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>
/// <see cref="KeygenCallOptions"/> change one call (or every call of a view) and nothing else: each setting is laid over the
/// client's, views and calls layer, and bad settings fail before anything is sent.
/// </summary>
public sealed class CallOptionsTests : KeygenServerTest
{
    private readonly ResponseSigner _signer = new();

    [Fact]
    public async Task Each_setting_changes_the_one_call_it_is_passed_to()
    {
        using KeygenClient client = TestClients.Client(Server, o => o.Environment = "production");
        var options = new KeygenCallOptions
        {
            Auth = KeygenAuth.License(Sentinels.LicenseKey),
            Environment = "sandbox",
            ApiVersion = "1.7",
            Headers = new Dictionary<string, string> { ["Prefer"] = "no-redirect", ["X-Trace"] = "t-1" },
        };

        await client.SendAsync(TestClients.Get("/licenses/a"), options);
        await client.SendAsync(TestClients.Get("/licenses/b"));

        RecordedRequest changed = Server.Requests[0], plain = Server.Requests[1];
        Assert.Equal("License " + Sentinels.LicenseKey, changed.Header("Authorization"));
        Assert.Equal("sandbox", changed.Header("Keygen-Environment"));
        Assert.Equal("1.7", changed.Header("Keygen-Version"));
        Assert.Equal("no-redirect", changed.Header("Prefer"));
        Assert.Equal("t-1", changed.Header("X-Trace"));
        Assert.Equal("Bearer " + Sentinels.Token, plain.Header("Authorization"));
        Assert.Equal("production", plain.Header("Keygen-Environment"));
        Assert.Equal(KeygenClientOptions.DefaultApiVersion, plain.Header("Keygen-Version"));
        Assert.Null(plain.Header("Prefer"));
    }

    [Fact]
    public async Task The_global_environment_sends_no_environment_header()
    {
        using KeygenClient client = TestClients.Client(Server, o => o.Environment = "production");

        await client.SendAsync(TestClients.Get("/licenses"), new KeygenCallOptions { Environment = KeygenCallOptions.GlobalEnvironment });

        Assert.Null(Assert.Single(Server.Requests).Header("Keygen-Environment"));
    }

    [Fact]
    public async Task A_call_is_laid_over_its_view_and_the_view_over_the_client()
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenClient sandbox = client.WithOptions(new KeygenCallOptions
        {
            Environment = "sandbox",
            ApiVersion = "1.7",
            Headers = new Dictionary<string, string> { ["X-App"] = "view", ["X-Trace"] = "view" },
        });

        await sandbox.SendAsync(TestClients.Get("/a"), new KeygenCallOptions { ApiVersion = "1.6", Headers = new Dictionary<string, string> { ["x-trace"] = "call" } });
        await sandbox.SendAsync(TestClients.Get("/b"));
        await client.SendAsync(TestClients.Get("/c"));

        Assert.Equal(["sandbox", "sandbox", null], Server.Requests.Select(r => r.Header("Keygen-Environment")));
        Assert.Equal(["1.6", "1.7", "1.8"], Server.Requests.Select(r => r.Header("Keygen-Version")));
        Assert.Equal(["call", "view", null], Server.Requests.Select(r => r.Header("X-Trace")));
        Assert.Equal(["view", "view", null], Server.Requests.Select(r => r.Header("X-App")));
    }

    [Fact]
    public async Task WithAuth_is_the_view_of_an_auth_option_and_a_call_can_override_it()
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenClient anonymous = client.WithAuth(KeygenAuth.Anonymous);

        await anonymous.SendAsync(TestClients.Get("/a"));
        await anonymous.SendAsync(TestClients.Get("/b"), new KeygenCallOptions { Auth = KeygenAuth.Bearer(Sentinels.Token) });

        Assert.Equal([null, "Bearer " + Sentinels.Token], Server.Requests.Select(r => r.Header("Authorization")));
        Assert.Contains("Anonymous", anonymous.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_override_applies_to_its_call_only()
    {
        Server.Enqueue(Replies.Error(503, "UNAVAILABLE", "Unavailable", "down"), Replies.Error(503, "UNAVAILABLE", "Unavailable", "down"));
        using KeygenClient client = TestClients.Client(Server);

        var once = await Assert.ThrowsAsync<KeygenApiException>(() =>
            client.SendAsync(TestClients.Get("/licenses"), new KeygenCallOptions { Retry = KeygenRetryOptions.Disabled }));
        Assert.Single(Server.Requests);
        await client.SendAsync(TestClients.Get("/licenses"));

        Assert.Equal(503, once.StatusCode);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task A_timeout_override_bounds_each_attempt_of_its_call_and_is_named_in_the_error()
    {
        Server.Enqueue(Replies.Stall(Server.Stopping));
        using KeygenClient client = TestClients.Client(Server, o => o.Timeout = TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(
            TestClients.Post("/machines", "{}"),
            new KeygenCallOptions { Timeout = TimeSpan.FromMilliseconds(300) }));

        Assert.True(error.Timeout);
        Assert.Contains("did not answer within 0.3 s (KeygenCallOptions.Timeout)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_signature_is_checked_and_refused_by_a_client_without_a_public_key()
    {
        Server.Fallback = Replies.Json(200, """{"data":null}""");
        using KeygenClient plain = TestClients.Client(Server);
        using KeygenClient verifying = TestClients.Client(Server, o => o.PublicKey = _signer.PublicKeyHex);

        var refused = await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            plain.SendAsync(TestClients.Get("/licenses/l1", "licenses.get"), new KeygenCallOptions { RequireSignature = true }));
        Assert.Empty(Server.Requests);
        var unsigned = await Assert.ThrowsAsync<KeygenSignatureException>(() =>
            verifying.SendAsync(TestClients.Get("/licenses/l1"), new KeygenCallOptions { RequireSignature = true }));

        Assert.Contains("'licenses.get'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("KeygenClientOptions.PublicKey", refused.Message, StringComparison.Ordinal);
        Assert.Equal(VerificationFailureReason.MissingHeader, unsigned.Reason);
    }

    [Fact]
    public async Task A_call_that_does_not_require_a_signature_is_not_checked_and_the_next_one_is()
    {
        Server.Fallback = Replies.Json(200, """{"data":null}""");
        using KeygenClient client = TestClients.Client(Server, o => o.PublicKey = _signer.PublicKeyHex);

        KeygenResponse unchecked_ = await client.SendAsync(TestClients.Get("/proxy"), new KeygenCallOptions { RequireSignature = false });
        await Assert.ThrowsAsync<KeygenSignatureException>(() => client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(200, unchecked_.StatusCode);
        Assert.Null(Server.Requests[0].Header("Keygen-Accept-Signature"));
        Assert.NotNull(Server.Requests[1].Header("Keygen-Accept-Signature"));
    }

    [Fact]
    public async Task A_per_call_credential_is_redacted_like_a_configured_one()
    {
        Server.Fallback = Replies.Error(401, "TOKEN_INVALID", "Unauthorized", "token " + Sentinels.LicenseKey + " is invalid");
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenApiException>(() =>
            client.SendAsync(TestClients.Get("/licenses"), new KeygenCallOptions { Auth = KeygenAuth.Bearer(Sentinels.LicenseKey) }));

        Assert.DoesNotContain(Sentinels.LicenseKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("environment", "Environment must be an environment id or code")]
    [InlineData("version", "ApiVersion \"latest\"")]
    [InlineData("timeout", "Timeout must be positive")]
    [InlineData("retry", "Retry.MaxRetries must be between 0 and 10")]
    [InlineData("reserved", "Headers must not set 'authorization': use Auth.")]
    [InlineData("injection", "Headers holds 'X-A'")]
    [InlineData("name", "Headers holds 'bad name'")]
    public async Task An_invalid_setting_fails_before_sending_and_is_named(string problem, string expected)
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenCallOptions options = problem switch
        {
            "environment" => new() { Environment = "my env" },
            "version" => new() { ApiVersion = "latest" },
            "timeout" => new() { Timeout = TimeSpan.Zero },
            "retry" => new() { Retry = new KeygenRetryOptions { MaxRetries = 11 } },
            "reserved" => new() { Headers = new Dictionary<string, string> { ["authorization"] = "Bearer x" } },
            "injection" => new() { Headers = new Dictionary<string, string> { ["X-A"] = "1\r\nX-Injected: 2" } },
            _ => new() { Headers = new Dictionary<string, string> { ["bad name"] = "1" } },
        };

        var error = await Assert.ThrowsAsync<KeygenConfigurationException>(() => client.SendAsync(TestClients.Get("/a"), options));
        var viewError = Assert.Throws<KeygenConfigurationException>(() => client.WithOptions(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, viewError.Message);
        Assert.DoesNotContain("Injected", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task A_header_the_operation_sets_itself_cannot_be_set_again()
    {
        using KeygenClient client = TestClients.Client(Server);
        var request = new KeygenRequest(HttpMethod.Get, "/artifacts/a1", "artifacts.download", KeygenAuthKinds.Token)
        {
            Headers = new Dictionary<string, string> { ["Prefer"] = "no-redirect" },
        };

        var error = await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            client.SendAsync(request, new KeygenCallOptions { Headers = new Dictionary<string, string> { ["prefer"] = "x" } }));

        Assert.Contains("'artifacts.download' sets itself", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Later_changes_to_the_callers_objects_do_not_reach_a_view()
    {
        using KeygenClient client = TestClients.Client(Server);
        var headers = new Dictionary<string, string> { ["X-App"] = "one" };
        var retry = new KeygenRetryOptions { MaxRetries = 0 };
        KeygenClient view = client.WithOptions(new KeygenCallOptions { Headers = headers, Retry = retry });
        headers["X-App"] = "two";
        retry.MaxRetries = 5;
        Server.Enqueue(Replies.Error(503, "UNAVAILABLE", "Unavailable", "down"));

        await Assert.ThrowsAsync<KeygenApiException>(() => view.SendAsync(TestClients.Get("/a")));

        Assert.Equal("one", Assert.Single(Server.Requests).Header("X-App"));
    }

    [Fact]
    public void ToString_shows_the_settings_but_no_secret_or_header_value()
    {
        var options = new KeygenCallOptions
        {
            Auth = KeygenAuth.Bearer(Sentinels.Token),
            Environment = KeygenCallOptions.GlobalEnvironment,
            Headers = new Dictionary<string, string> { ["X-Secret"] = Sentinels.LicenseKey },
        };

        string text = options.ToString();

        Assert.Equal("KeygenCallOptions { Auth = Bearer [redacted], Environment = (global), Headers = [X-Secret] }", text);
        Assert.Equal("KeygenCallOptions { }", new KeygenCallOptions().ToString());
    }
}

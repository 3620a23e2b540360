using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Which credentials each call sends: override, then token, then license key, then none, else a clear error.</summary>
public sealed class AuthSelectionTests : KeygenServerTest
{
    [Theory]
    [InlineData(true, true, KeygenAuthKinds.Token | KeygenAuthKinds.License, "Bearer " + Sentinels.Token)]
    [InlineData(false, true, KeygenAuthKinds.Token | KeygenAuthKinds.License, "License " + Sentinels.LicenseKey)]
    [InlineData(true, true, KeygenAuthKinds.License, "License " + Sentinels.LicenseKey)]
    [InlineData(true, false, KeygenAuthKinds.Token | KeygenAuthKinds.None, "Bearer " + Sentinels.Token)]
    [InlineData(false, false, KeygenAuthKinds.Token | KeygenAuthKinds.None, null)]
    [InlineData(true, true, KeygenAuthKinds.None, null)]
    public async Task Configured_credentials_are_chosen_by_what_the_operation_accepts(bool token, bool licenseKey, KeygenAuthKinds accepted, string? expected)
    {
        using KeygenClient client = TestClients.Client(Server, o =>
        {
            o.Token = token ? Sentinels.Token : null;
            o.LicenseKey = licenseKey ? Sentinels.LicenseKey : null;
        });

        await client.SendAsync(new KeygenRequest(HttpMethod.Get, "/me", "me.get", accepted));

        Assert.Equal(expected, Assert.Single(Server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Missing_credentials_fail_before_sending_and_name_the_option()
    {
        using KeygenClient client = TestClients.Client(Server, o => o.Token = null);

        var error = await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            client.SendAsync(new KeygenRequest(HttpMethod.Get, "/licenses", "licenses.list", KeygenAuthKinds.Token | KeygenAuthKinds.License)));

        Assert.Contains("'licenses.list'", error.Message, StringComparison.Ordinal);
        Assert.Contains("KeygenClientOptions.Token", error.Message, StringComparison.Ordinal);
        Assert.Contains("KeygenClientOptions.LicenseKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task A_basic_only_operation_asks_for_WithAuth()
    {
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            client.SendAsync(new KeygenRequest(HttpMethod.Post, "/tokens", "tokens.generate", KeygenAuthKinds.Basic)));

        Assert.Contains("KeygenAuth.Basic(email, password)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAuth_overrides_for_the_view_only_and_shares_the_pipeline()
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenClient basic = client.WithAuth(KeygenAuth.Basic(Sentinels.Email, Sentinels.Password));
        KeygenClient anonymous = client.WithAuth(KeygenAuth.Anonymous);
        KeygenClient license = client.WithAuth(KeygenAuth.License(Sentinels.LicenseKey));
        var tokens = new KeygenRequest(HttpMethod.Post, "/tokens", "tokens.generate", KeygenAuthKinds.Basic | KeygenAuthKinds.Token);

        await basic.SendAsync(tokens);
        await anonymous.SendAsync(tokens);
        await license.SendAsync(tokens);
        basic.Dispose();
        await client.SendAsync(tokens);

        Assert.Equal(
            ["Basic " + Sentinels.BasicCredential, null, "License " + Sentinels.LicenseKey, "Bearer " + Sentinels.Token],
            Server.Requests.Select(r => r.Header("Authorization")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData(" padded")]
    public void Unusable_credentials_are_rejected_without_echoing_them(string value)
    {
        var bearer = Assert.Throws<ArgumentException>(() => KeygenAuth.Bearer(value));
        var license = Assert.Throws<ArgumentException>(() => KeygenAuth.License(value));
        var password = Assert.Throws<ArgumentException>(() => KeygenAuth.Basic(Sentinels.Email, value));

        Assert.Equal("token", bearer.ParamName);
        Assert.Equal("key", license.ParamName);
        Assert.Equal("password", password.ParamName);
        Assert.All(new[] { bearer, license, password }, e => Assert.DoesNotContain("Injected", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_email_with_a_colon_cannot_be_a_basic_username()
    {
        Assert.Equal("email", Assert.Throws<ArgumentException>(() => KeygenAuth.Basic("a:b@example.com", Sentinels.Password)).ParamName);
    }
}

using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The emulator without a socket: requests through its in-memory handler get the same answers, signed the same way.</summary>
public sealed class InProcessHostTests
{
    [Fact]
    public async Task Requests_through_the_handler_are_answered_and_signed_over_the_target_as_sent()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();

        Assert.True(session.Emulator.InProcess);
        Assert.Equal("http://localhost/", session.Emulator.BaseUrl.ToString());
        var target = $"/v1/accounts/{session.Emulator.AccountId}/licenses?page[size]=5&page[number]=1";
        var response = await session.SendRawAsync(HttpMethod.Get, target, null);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(ResponseSignatures.Verify(session.Emulator.PublicKeyHex, response, "GET", target, "localhost"));
        Assert.False(ResponseSignatures.Verify(session.Emulator.PublicKeyHex, response, "GET", "/", "localhost"));
    }

    [Fact]
    public async Task Any_host_name_reaches_it()
    {
        await using var emulator = await KeygenEmulator.StartInProcessAsync();
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = new System.Uri("http://api.keygen.sh/") };

        using var response = await http.GetAsync("v1/ping");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pooled_keys_differ_between_accounts_of_an_emulator_and_repeat_across_emulators()
    {
        var options = new KeygenEmulatorOptions { ReuseSigningKeys = true };
        await using var first = await KeygenEmulator.StartInProcessAsync(options);
        await using var second = await KeygenEmulator.StartInProcessAsync(options);

        var other = first.Data.CreateAccount("other");

        Assert.Equal(first.PublicKeyHex, second.PublicKeyHex);
        Assert.NotEqual(first.PublicKeyHex, other.PublicKeyHex);
        Assert.NotEqual(first.Data.Account(first.AccountId).RsaPublicKeyPem, other.RsaPublicKeyPem);
        first.Reset();
        Assert.Equal(second.PublicKeyHex, first.PublicKeyHex);
    }
}

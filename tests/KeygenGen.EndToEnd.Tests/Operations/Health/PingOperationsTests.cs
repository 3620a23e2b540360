using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Health;

/// <summary>The account-scoped ping, which needs no credentials.</summary>
public sealed class PingOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("health.ping")]
    public Task The_account_answers_a_ping_without_credentials_but_an_unknown_account_does_not() => CoveringAsync(async () =>
    {
        await Keygen.WithAuth(KeygenAuth.Anonymous).Health.PingAsync();

        using var unknown = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = Emulator.Emulator.BaseUrl,
            Account = "no-such-account",
            Retry = KeygenRetryOptions.Disabled,
        });
        var missing = await Assert.ThrowsAsync<KeygenApiException>(() => unknown.Health.PingAsync());

        Assert.Equal(404, missing.StatusCode);
    });
}

using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Http;
using Xunit;

namespace Keygen.EndToEnd.Tests.Calls;

/// <summary>
/// Per-call options and typed responses through generated methods, against the emulator over real HTTP: one call in another
/// environment, in the global one from a client configured for another, without credentials, and with its response kept.
/// </summary>
public sealed class CallOptionsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task One_call_is_made_in_another_environment_and_the_next_one_is_not()
    {
        // A SHARED environment, where the global admin's token works too: its resources are hidden from the global one.
        var staging = await Keygen.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "Staging",
            Code = $"env-{Guid.NewGuid():N}"[..16],
            IsolationStrategy = EnvironmentIsolationStrategy.Shared,
        });
        var inStaging = new KeygenCallOptions { Environment = staging.Code };
        var product = await Keygen.Products.CreateAsync(new CreateProductRequest { Name = "Staged" }, inStaging);

        var found = await Keygen.Products.GetAsync(product.Id, inStaging);
        var hidden = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetAsync(product.Id));

        Assert.Equal(product.Id, found.Id);
        Assert.Equal(404, hidden.StatusCode);
        using var stagingClient = Emulator.Client(Emulator.Emulator.AdminToken, staging.Code);
        Assert.Equal(product.Id, (await stagingClient.Products.GetAsync(product.Id)).Id);
        var fromGlobal = await Assert.ThrowsAsync<KeygenApiException>(
            () => stagingClient.Products.GetAsync(product.Id, new KeygenCallOptions { Environment = KeygenCallOptions.GlobalEnvironment }));
        Assert.Equal(404, fromGlobal.StatusCode);
    }

    [Fact]
    public async Task A_typed_response_keeps_the_status_the_signed_headers_and_the_body()
    {
        var license = await Keygen.LicenseAsync();

        KeygenResponse<License> result = await Keygen.Licenses.GetWithResponseAsync(license.Id);

        Assert.Equal(license.Id, result.Value.Id);
        Assert.Equal(200, result.Response.StatusCode);
        Assert.NotNull(result.Response.RequestId);
        Assert.NotNull(result.Response.GetHeader("Keygen-Signature"));
        Assert.Contains(license.Id, result.Response.BodyAsString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_is_validated_without_credentials_and_must_be_signed()
    {
        var license = await Keygen.LicenseAsync();
        var anonymousSigned = new KeygenCallOptions { Auth = KeygenAuth.Anonymous, RequireSignature = true };

        var validation = await Keygen.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key }, anonymousSigned);
        using var unverifying = new KeygenClient(new KeygenClientOptions { BaseUrl = Emulator.Emulator.BaseUrl, Account = Emulator.Emulator.AccountId });
        var refused = await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            unverifying.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key }, anonymousSigned));

        Assert.True(validation.Valid);
        Assert.Contains("KeygenClientOptions.PublicKey", refused.Message, StringComparison.Ordinal);
    }
}

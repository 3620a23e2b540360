using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>A license's activation tokens: generate one, list and read them, and activate with one.</summary>
public sealed class LicenseTokenOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.generateToken", "licenses.listTokens", "licenses.getToken")]
    public Task An_activation_token_activates_up_to_its_limit_and_is_listed_under_its_license() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 5; });
        var other = await Keygen.LicenseAsync();

        var generated = await Keygen.Licenses.GenerateTokenAsync(license.Id, new GenerateLicenseTokenRequest { Name = "Installer", MaxActivations = 1 });
        await Keygen.Licenses.GenerateTokenAsync(other.Id);
        using var installer = Keygen.WithAuth(KeygenAuth.Bearer(generated.Token!));
        await installer.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "fp-installed" });
        var spent = await Assert.ThrowsAsync<KeygenApiException>(() =>
            installer.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "fp-one-too-many" }));

        var listed = await Keygen.Licenses.ListTokensAsync(license.Id).ToListAsync();
        var read = await Keygen.Licenses.GetTokenAsync(license.Id, generated.Id);
        var notItsOwn = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetTokenAsync(other.Id, generated.Id));

        Assert.Equal(TokenKind.ActivationToken, generated.Kind);
        Assert.StartsWith("activ-", generated.Token, StringComparison.Ordinal);
        Assert.Equal((license.Id, "licenses"), (generated.BearerId, generated.BearerType));
        Assert.Equal((422, "ACTIVATIONS_LIMIT_EXCEEDED"), (spent.StatusCode, spent.Code));
        Assert.Equal([generated.Id], listed.Select(t => t.Id));
        Assert.Equal(("Installer", 1, 1), (read.Name, read.MaxActivations, read.Activations));
        Assert.Null(read.Token); // the secret is shown once, when it is made
        Assert.Equal(404, notItsOwn.StatusCode);
    });
}

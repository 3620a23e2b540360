using System;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>ActivateAsync and DeactivateAsync against the emulator, including a retry after FINGERPRINT_TAKEN.</summary>
public sealed class ActivationTests
{
    [Fact]
    public async Task ActivationRegistersThisMachineAndMakesTheLicenseValid()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var licensing = app.Licensing(license.Key);

        var machine = await licensing.ActivateAsync("Ada's laptop");
        var outcome = await licensing.ValidateAsync();

        Assert.Equal(LicensedApp.Fingerprint, machine.Fingerprint);
        Assert.Equal(license.Id, machine.LicenseId);
        Assert.Equal("Ada's laptop", machine.Name);
        Assert.Equal(Environment.ProcessorCount, machine.Cores);
        Assert.False(string.IsNullOrEmpty(machine.Platform));
        Assert.IsType<LicenseOutcome.Valid>(outcome);
    }

    [Fact]
    public async Task ActivatingAnActivatedMachineAgainReturnsTheSameMachine()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var first = await app.Licensing(license.Key).ActivateAsync();

        var again = await app.Licensing(license.Key).ActivateAsync();

        Assert.Equal(first.Id, again.Id);
        Assert.Single(await app.MachinesOfAsync(license.Id));
    }

    [Fact]
    public async Task ARetryAfterALostReplyFindsTheMachineTheFirstAttemptCreated()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var licensing = app.Licensing(license.Key);
        await licensing.ValidateAsync();
        app.Faults.LoseNextReply(request => request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/machines", StringComparison.Ordinal));

        await Assert.ThrowsAsync<KeygenTransportException>(() => licensing.ActivateAsync());
        var retried = await licensing.ActivateAsync();

        var machines = await app.MachinesOfAsync(license.Id);
        Assert.Equal(Assert.Single(machines).Id, retried.Id);
        Assert.IsType<LicenseOutcome.Valid>(await licensing.ValidateAsync());
    }

    [Fact]
    public async Task AFingerprintTakenByAnotherLicenseIsKeygensErrorNotALookup()
    {
        await using var app = await LicensedApp.StartAsync();
        var product = await app.Admin.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policy = await app.Admin.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Site",
            ProductId = product.Id,
            AuthenticationStrategy = AuthenticationStrategy.License,
            MachineUniquenessStrategy = MachineUniquenessStrategy.UniquePerAccount,
        });
        var theirs = await app.Admin.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        var mine = await app.Admin.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        await app.Licensing(theirs.Key).ActivateAsync();

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => app.Licensing(mine.Key).ActivateAsync());

        Assert.Equal("FINGERPRINT_TAKEN", error.Code);
    }

    [Fact]
    public async Task KeygensRefusalsSurfaceAsTypedErrors()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        await app.Licensing(license.Key, fingerprint: "another-machine").ActivateAsync();

        var overLimit = await Assert.ThrowsAsync<KeygenApiException>(() => app.Licensing(license.Key).ActivateAsync());
        var unknown = await Assert.ThrowsAsync<KeygenLicensingException>(() => app.Licensing("NO-SUCH-KEY").ActivateAsync());

        Assert.Equal("MACHINE_LIMIT_EXCEEDED", overLimit.Code);
        Assert.IsType<LicenseOutcome.NotFound>(unknown.Outcome);
        Assert.DoesNotContain("NO-SUCH-KEY", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivationRemovesTheMachineAndTheOfflineFile()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var store = app.Store();
        var licensing = app.Licensing(license.Key, o => o.Store = store);
        await licensing.ActivateAsync();
        await licensing.ValidateAsync();
        Assert.NotNull(await store.ReadAsync(default));

        var deactivated = await licensing.DeactivateAsync();
        var again = await licensing.DeactivateAsync();

        Assert.True(deactivated);
        Assert.False(again);
        Assert.Null(await store.ReadAsync(default));
        Assert.Empty(await app.MachinesOfAsync(license.Id));
        Assert.IsType<LicenseOutcome.NotActivated>(await licensing.ValidateAsync());
    }

    [Fact]
    public async Task TheFacadeNeedsTheLicenseKeyAndThePublicKey()
    {
        await using var app = await LicensedApp.StartAsync();
        var fingerprints = new MachineFingerprintProvider("tests", () => "id");

        var noKey = Assert.Throws<KeygenConfigurationException>(() => new KeygenLicensing(app.Client(null, null, app.Emulator.PublicKeyHex), fingerprints));
        var noPublicKey = Assert.Throws<KeygenConfigurationException>(() => new KeygenLicensing(app.Client(null, "KEY", null), fingerprints));
        var badTtl = Assert.Throws<KeygenConfigurationException>(() => app.Licensing("KEY", o => o.OfflineFileTtl = TimeSpan.FromMinutes(5)));

        Assert.Contains("KeygenClientOptions.LicenseKey", noKey.Message, StringComparison.Ordinal);
        Assert.Contains("KeygenClientOptions.PublicKey", noPublicKey.Message, StringComparison.Ordinal);
        Assert.Contains("OfflineFileTtl", badTtl.Message, StringComparison.Ordinal);
    }
}

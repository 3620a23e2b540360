using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>The usage counter of a license: increment-usage, decrement-usage, reset-usage.</summary>
public sealed class LicenseUsageOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.incrementUsage", "licenses.decrementUsage", "licenses.resetUsage")]
    public Task Usage_counts_up_and_down_within_max_uses_and_resets_to_zero() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.MaxUses = 5);

        var once = await Keygen.Licenses.IncrementUsageAsync(license.Id);
        var byThree = await Keygen.Licenses.IncrementUsageAsync(license.Id, new IncrementLicenseUsageRequest { Increment = 3 });
        var overLimit = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Licenses.IncrementUsageAsync(license.Id, new IncrementLicenseUsageRequest { Increment = 2 }));
        var down = await Keygen.Licenses.DecrementUsageAsync(license.Id, new DecrementLicenseUsageRequest { Decrement = 3 });
        var reset = await Keygen.Licenses.ResetUsageAsync(license.Id);
        var belowZero = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.DecrementUsageAsync(license.Id));

        Assert.Equal((0, 5), (license.Uses, license.MaxUses));
        Assert.Equal((1, 4, 1, 0), (once.Uses, byThree.Uses, down.Uses, reset.Uses));
        Assert.Equal((422, "USES_LIMIT_EXCEEDED"), (overLimit.StatusCode, overLimit.Code));
        Assert.Equal("/data/attributes/uses", overLimit.Errors[0].Source?.Pointer);
        Assert.Equal((422, "USES_INVALID"), (belowZero.StatusCode, belowZero.Code));
        Assert.Equal(0, (await Keygen.Licenses.GetAsync(license.Id)).Uses);
    });

    [Fact]
    [Covers("licenses.incrementUsage")]
    public Task A_licensed_app_counts_its_own_uses_but_may_not_take_them_back() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        // The path takes the key in place of the id, as an app that knows only its key would call it.
        var counted = await app.Licenses.IncrementUsageAsync(license.Key);
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => app.Licenses.DecrementUsageAsync(license.Key));

        Assert.Equal((license.Id, 1), (counted.Id, counted.Uses));
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(1, (await Keygen.Licenses.GetAsync(license.Id)).Uses);
    });
}

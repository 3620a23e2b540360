using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Environments;

/// <summary>
/// <see cref="KeygenClientOptions.Environment"/> selects an environment: an ISOLATED one keeps its resources from the
/// global environment and sees none of the global ones (and is worked in with a token made there), a SHARED one also
/// sees the global resources (and takes the global admin's token).
/// </summary>
public sealed class EnvironmentIsolationTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Resources_created_in_an_isolated_environment_are_seen_only_inside_it()
    {
        var (sandbox, sandboxAdmin) = await Keygen.EnvironmentWithAdminAsync(EnvironmentIsolationStrategy.Isolated);
        var globalProduct = await Keygen.ProductAsync("Global");
        using var inSandbox = Emulator.Client(sandboxAdmin, sandbox.Code);

        var license = await inSandbox.LicenseAsync();

        Assert.Equal(license.Id, (await inSandbox.Licenses.GetAsync(license.Id)).Id);
        Assert.Equal([license.ProductId!], (await inSandbox.Products.ListAsync().ToListAsync()).ConvertAll(p => p.Id));
        var hidden = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetAsync(license.Id));
        Assert.Equal(404, hidden.StatusCode);
        var globalProducts = (await Keygen.Products.ListAsync().ToListAsync()).ConvertAll(p => p.Id);
        Assert.Contains(globalProduct.Id, globalProducts);
        Assert.DoesNotContain(license.ProductId, globalProducts);
    }

    [Fact]
    public async Task A_shared_environment_sees_the_global_resources_too()
    {
        var staging = await Keygen.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "Staging",
            Code = $"env-{Guid.NewGuid():N}"[..16],
            IsolationStrategy = EnvironmentIsolationStrategy.Shared,
        });
        var globalLicense = await Keygen.LicenseAsync();
        using var inStaging = Emulator.Client(Emulator.Emulator.AdminToken, staging.Code);

        var own = await inStaging.ProductAsync("Staging only");
        var seen = (await inStaging.Products.ListAsync().ToListAsync()).ConvertAll(p => p.Id);

        Assert.Equal(globalLicense.Id, (await inStaging.Licenses.GetAsync(globalLicense.Id)).Id);
        Assert.Contains(globalLicense.ProductId, seen);
        Assert.Contains(own.Id, seen);
        Assert.DoesNotContain(own.Id, (await Keygen.Products.ListAsync().ToListAsync()).Select(p => p.Id));
    }
}

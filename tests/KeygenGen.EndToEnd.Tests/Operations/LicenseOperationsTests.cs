using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addLicense, getSingleLicense, updateLicense, listLicenses, deleteLicense.</summary>
public sealed class LicenseOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.create", "licenses.get", "licenses.update", "licenses.delete")]
    public Task A_license_gets_a_key_and_an_expiry_from_its_policy_and_is_updated_and_deleted() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync(p => { p.Duration = 86400 * 30; p.Floating = true; });
        var before = DateTimeOffset.UtcNow;
        var created = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Ada's seat" });
        var read = await Keygen.Licenses.GetAsync(created.Id);

        Assert.False(string.IsNullOrEmpty(read.Key));
        Assert.Equal(created.Key, read.Key);
        Assert.Equal("Ada's seat", read.Name);
        Assert.Equal(LicenseStatus.Active, read.Status);
        Assert.Equal(policy.Id, read.PolicyId);
        Assert.Equal(policy.ProductId, read.ProductId);
        Assert.InRange(read.Expiry!.Value, before.AddDays(30).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(30).AddMinutes(1));

        var expiry = new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await Keygen.Licenses.UpdateAsync(created.Id, new UpdateLicenseRequest { Name = "Renamed", Expiry = expiry, MaxMachines = 4 });
        var reread = await Keygen.Licenses.GetAsync(created.Id);

        Assert.Equal("Renamed", reread.Name);
        Assert.Equal(expiry, reread.Expiry);
        Assert.Equal(4, reread.MaxMachines);
        Assert.Equal(created.Key, reread.Key);

        await Keygen.Licenses.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
    });

    [Fact]
    [Covers("licenses.list")]
    public Task Listing_filters_by_policy_and_follows_pages() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = $"seat {i}" })).Id);
        }

        await Keygen.LicenseAsync(); // another policy's license, which the filter leaves out

        var all = await Keygen.Licenses.ListAsync(new ListLicensesRequest { Policy = policy.Id, PageSize = 2 }).ToListAsync();
        var firstPage = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { Policy = policy.Id, PageSize = 2 });

        Assert.Equal(ids.Order(), all.Select(l => l.Id).Order());
        Assert.Equal(2, firstPage.Data.Count);
        Assert.NotNull(firstPage.Links.Next);
    });
}

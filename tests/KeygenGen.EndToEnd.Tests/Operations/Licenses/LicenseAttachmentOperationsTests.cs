using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>What is attached to a license: its entitlements (its own and its policy's) and its users.</summary>
public sealed class LicenseAttachmentOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.attachEntitlements", "licenses.listEntitlements", "licenses.getEntitlement", "licenses.detachEntitlements")]
    public Task Entitlements_are_attached_listed_with_the_policys_read_and_detached() => CoveringAsync(async () =>
    {
        var viaPolicy = await Keygen.EntitlementAsync("Via policy");
        var export = await Keygen.EntitlementAsync("Export");
        var sync = await Keygen.EntitlementAsync("Sync");
        var policy = await Keygen.PolicyAsync();
        await Keygen.Policies.AttachEntitlementsAsync(policy.Id, [viaPolicy.Id]);
        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });

        var attached = await Keygen.Licenses.AttachEntitlementsAsync(license.Id, [export.Id, sync.Id]);
        var listed = await Keygen.Licenses.ListEntitlementsAsync(license.Id).ToListAsync();
        var read = await Keygen.Licenses.GetEntitlementAsync(license.Id, sync.Id);
        var byCode = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetEntitlementAsync(license.Id, sync.Code));
        var inherited = await Keygen.Licenses.GetEntitlementAsync(license.Id, viaPolicy.Id);
        var twice = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.AttachEntitlementsAsync(license.Id, [export.Id]));
        await Keygen.Licenses.DetachEntitlementsAsync(license.Id, [export.Id]);
        var notItsOwn = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.DetachEntitlementsAsync(license.Id, [viaPolicy.Id]));
        var remaining = await Keygen.Licenses.ListEntitlementsAsync(license.Id).ToListAsync();

        Assert.All(attached, a => Assert.Equal(license.Id, a.LicenseId));
        Assert.Equal(new[] { export.Id, sync.Id }.Order(), attached.Select(a => a.EntitlementId).Order());
        Assert.Equal(new[] { viaPolicy.Id, export.Id, sync.Id }.Order(), listed.Select(e => e.Id).Order());
        Assert.Equal((sync.Id, "Sync", sync.Code), (read.Id, read.Name, read.Code));
        Assert.Equal(404, byCode.StatusCode); // unlike GET /entitlements/{id}, Keygen finds a license's entitlement by id only
        Assert.Equal(viaPolicy.Code, inherited.Code);
        Assert.Equal(422, twice.StatusCode);
        Assert.Equal(403, notItsOwn.StatusCode); // a policy's entitlement is detached from the policy, not the license
        Assert.Equal(new[] { viaPolicy.Id, sync.Id }.Order(), remaining.Select(e => e.Id).Order());
    });

    [Fact]
    [Covers("licenses.attachUsers", "licenses.listUsers", "licenses.getUser", "licenses.detachUsers")]
    public Task Users_are_attached_beside_the_owner_listed_found_by_email_and_detached() => CoveringAsync(async () =>
    {
        var owner = await Keygen.UserAsync();
        var ada = await Keygen.UserAsync();
        var grace = await Keygen.UserAsync();
        var license = await Keygen.LicenseAsync(license: l => { l.OwnerId = owner.Id; l.MaxUsers = 3; });
        var extra = await Keygen.UserAsync();

        var attached = await Keygen.Licenses.AttachUsersAsync(license.Id, [ada.Id, grace.Id]);
        var listed = await Keygen.Licenses.ListUsersAsync(license.Id).ToListAsync();
        var byEmail = await Keygen.Licenses.GetUserAsync(license.Id, grace.Email);
        var overLimit = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.AttachUsersAsync(license.Id, [extra.Id]));
        await Keygen.Licenses.DetachUsersAsync(license.Id, [ada.Id]);
        var theOwner = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.DetachUsersAsync(license.Id, [owner.Id]));
        var remaining = await Keygen.Licenses.ListUsersAsync(license.Id).ToListAsync();
        var detached = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetUserAsync(license.Id, ada.Id));

        Assert.All(attached, a => Assert.Equal(license.Id, a.LicenseId));
        Assert.Equal(new[] { ada.Id, grace.Id }.Order(), attached.Select(a => a.UserId).Order());
        Assert.Equal(new[] { owner.Id, ada.Id, grace.Id }.Order(), listed.Select(u => u.Id).Order());
        Assert.Equal(grace.Id, byEmail.Id);
        Assert.Equal((422, "USER_LIMIT_EXCEEDED"), (overLimit.StatusCode, overLimit.Code));
        Assert.Equal(403, theOwner.StatusCode); // the owner leaves only by changing the owner
        Assert.Equal(new[] { owner.Id, grace.Id }.Order(), remaining.Select(u => u.Id).Order());
        Assert.Equal(404, detached.StatusCode);
    });
}

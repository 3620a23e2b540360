using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>validateLicense (scoped and quick), validateLicenseKey, suspendLicense, reinstateLicense, renewLicense, revokeLicense, checkinLicense.</summary>
public sealed class LicenseActionOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.validateKey", "licenses.validate")]
    public Task Validation_by_key_needs_no_credentials_and_sees_the_activation() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; });
        var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);

        var before = await anonymous.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest
        {
            Key = license.Key,
            Nonce = 42,
            Scope = new ValidationScope { Fingerprint = "fp-1" },
        });
        await Keygen.ActivateAsync(license.Id, "fp-1");
        var after = await Keygen.Licenses.ValidateAsync(license.Id, new ValidateLicenseRequest { Nonce = 7, Scope = new ValidationScope { Fingerprint = "fp-1" } });
        var read = await Keygen.Licenses.GetAsync(license.Id);

        Assert.False(before.Valid);
        Assert.Equal(ValidationCode.NoMachines, before.Code);
        Assert.Equal(license.Id, before.License!.Id);
        Assert.Equal(42, before.Nonce);
        Assert.Equal("fp-1", before.Scope!.Fingerprint);
        Assert.True(after.Valid);
        Assert.Equal(ValidationCode.Valid, after.Code);
        Assert.Equal(7, after.Nonce);
        Assert.False(string.IsNullOrEmpty(after.Detail));
        Assert.NotNull(read.LastValidated);
    });

    [Fact]
    [Covers("licenses.suspend", "licenses.reinstate", "licenses.quickValidate")]
    public Task Suspending_and_reinstating_show_in_the_next_read_and_validation() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();

        var suspended = await Keygen.Licenses.SuspendAsync(license.Id);
        var readSuspended = await Keygen.Licenses.GetAsync(license.Id);
        var whileSuspended = await Keygen.Licenses.QuickValidateAsync(license.Id);
        var again = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.SuspendAsync(license.Id));
        var reinstated = await Keygen.Licenses.ReinstateAsync(license.Id);
        var readReinstated = await Keygen.Licenses.GetAsync(license.Id);
        var afterwards = await Keygen.Licenses.QuickValidateAsync(license.Id);

        Assert.Equal(LicenseStatus.Suspended, suspended.Status);
        Assert.True(readSuspended.Suspended);
        Assert.Equal(LicenseStatus.Suspended, readSuspended.Status);
        Assert.Equal((false, ValidationCode.Suspended), (whileSuspended.Valid, whileSuspended.Code));
        Assert.Equal(422, again.StatusCode);
        Assert.Equal(LicenseStatus.Active, reinstated.Status);
        Assert.False(readReinstated.Suspended);
        Assert.Equal((true, ValidationCode.Valid), (afterwards.Valid, afterwards.Code));
    });

    [Fact]
    [Covers("licenses.renew")]
    public Task Renewing_extends_the_expiry_by_the_policy_duration() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.Duration = 86400);

        var renewed = await Keygen.Licenses.RenewAsync(license.Id);
        var read = await Keygen.Licenses.GetAsync(license.Id);

        Assert.Equal(license.Expiry!.Value.AddDays(1), renewed.Expiry);
        Assert.Equal(renewed.Expiry, read.Expiry);
    });

    [Fact]
    [Covers("licenses.checkIn")]
    public Task Checking_in_records_the_time_and_schedules_the_next_one() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.RequireCheckIn = true; p.CheckInInterval = CheckInInterval.Day; p.CheckInIntervalCount = 3; });
        var withoutCheckIns = await Keygen.LicenseAsync();

        var checkedIn = await Keygen.Licenses.CheckInAsync(license.Id);
        var read = await Keygen.Licenses.GetAsync(license.Id);
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.CheckInAsync(withoutCheckIns.Id));

        // Keygen counts the creation as the first check-in.
        Assert.NotNull(license.LastCheckIn);
        Assert.True(read.LastCheckIn >= license.LastCheckIn);
        Assert.Equal(checkedIn.LastCheckIn, read.LastCheckIn);
        Assert.InRange(read.LastCheckIn!.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(read.LastCheckIn.Value.AddDays(3), read.NextCheckIn);
        Assert.Equal(422, refused.StatusCode);
        Assert.Null((await Keygen.Licenses.GetAsync(withoutCheckIns.Id)).LastCheckIn);
    });

    [Fact]
    [Covers("licenses.revoke")]
    public Task A_revoked_license_is_gone_and_its_key_no_longer_validates() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();

#pragma warning disable CS0618 // licenses.revoke is deprecated in favour of licenses.delete, but it is one of the original operations and must still work.
        await Keygen.Licenses.RevokeAsync(license.Id);
#pragma warning restore CS0618
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetAsync(license.Id));
        var validation = await Keygen.WithAuth(KeygenAuth.Anonymous).Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key });

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal((false, ValidationCode.NotFound), (validation.Valid, validation.Code));
        Assert.Null(validation.License);
    });
}

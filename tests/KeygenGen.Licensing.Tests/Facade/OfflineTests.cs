using System;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Keygen.Signatures;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>
/// Offline-first validation: a valid answer keeps a checked-out file, which carries the app while Keygen is unreachable,
/// is verified on every read (tampering, expiry, a clock turned back, another license's file) and is never used when
/// Keygen said the license is not valid.
/// </summary>
public sealed class OfflineTests
{
    [Fact]
    public async Task AMachineFileKeptFromAValidAnswerCarriesTheAppWhileKeygenIsDown()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var store = app.Store();
        var licensing = app.Licensing(license.Key, o => o.Store = store);
        await licensing.ActivateAsync();
        Assert.IsType<LicenseOutcome.Valid>(await licensing.ValidateAsync());
        Assert.StartsWith("-----BEGIN MACHINE FILE-----", await store.ReadAsync(default), StringComparison.Ordinal);

        await app.StopServerAsync();
        var offline = await licensing.ValidateAsync();

        var valid = Assert.IsType<LicenseOutcome.Valid>(offline);
        Assert.True(valid.IsValid);
        Assert.True(valid.IsOffline);
        Assert.Equal(ValidationCode.Valid, valid.Code);
        Assert.Equal(license.Id, valid.License!.Id);
        Assert.Equal(LicenseFileKind.Machine, valid.OfflineFile!.Kind);
        Assert.Contains("offline", valid.Detail, StringComparison.Ordinal);
        Assert.Contains("connect to Keygen before", valid.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALicenseFileWorksOfflineToo()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var store = app.Store();
        var licensing = app.Licensing(license.Key, o => (o.Store, o.OfflineFile) = (store, OfflineFileKind.LicenseFile));
        await licensing.ActivateAsync();
        await licensing.ValidateAsync();

        await app.StopServerAsync();
        var offline = await licensing.ValidateAsync();

        Assert.StartsWith("-----BEGIN LICENSE FILE-----", await store.ReadAsync(default), StringComparison.Ordinal);
        Assert.IsType<LicenseOutcome.Valid>(offline);
        Assert.Equal(LicenseFileKind.License, offline.OfflineFile!.Kind);
    }

    [Fact]
    public async Task WithNoFileAnUnreachableKeygenIsUnreachable()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = app.Licensing((await app.LicenseAsync()).Key);

        await app.StopServerAsync();
        var outcome = await licensing.ValidateAsync();

        var unreachable = Assert.IsType<LicenseOutcome.Unreachable>(outcome);
        Assert.False(unreachable.IsValid);
        Assert.Null(unreachable.Code);
        Assert.IsType<KeygenTransportException>(unreachable.Cause);
        Assert.Null(unreachable.OfflineProblem);
        Assert.Contains("no license file", unreachable.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedFileIsRefused()
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, store) = await ValidatedOnceAsync(app);
        var tampered = Certificates.Rewrite((await store.ReadAsync(default))!, json => json["enc"] = Certificates.FlipCharacter(json["enc"]!.GetValue<string>(), 10));
        await store.WriteAsync(tampered, default);

        await app.StopServerAsync();
        var outcome = await licensing.ValidateAsync();

        var problem = Assert.IsType<LicenseFileException>(Assert.IsType<LicenseOutcome.Unreachable>(outcome).OfflineProblem);
        Assert.Equal(VerificationFailureReason.SignatureInvalid, problem.Reason);
    }

    [Fact]
    public async Task AnExpiredFileIsRefused()
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, _) = await ValidatedOnceAsync(app, o => o.OfflineFileTtl = TimeSpan.FromHours(1));

        await app.StopServerAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(59));
        var withinTtl = await licensing.ValidateAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterTtl = await licensing.ValidateAsync();

        Assert.IsType<LicenseOutcome.Valid>(withinTtl);
        var problem = Assert.IsType<LicenseFileException>(Assert.IsType<LicenseOutcome.Unreachable>(afterTtl).OfflineProblem);
        Assert.Equal(VerificationFailureReason.Expired, problem.Reason);
    }

    [Fact]
    public async Task AClockTurnedBackBeforeTheFileWasIssuedIsDetected()
    {
        await using var app = await LicensedApp.StartAsync();
        var clock = new ShiftedClock(app.Clock);
        var (licensing, _) = await ValidatedOnceAsync(app, o => o.TimeProvider = clock);

        await app.StopServerAsync();
        clock.Offset = TimeSpan.FromDays(-3);
        var outcome = await licensing.ValidateAsync();

        var problem = Assert.IsType<LicenseFileException>(Assert.IsType<LicenseOutcome.Unreachable>(outcome).OfflineProblem);
        Assert.Equal(VerificationFailureReason.IssuedInFuture, problem.Reason);
    }

    [Fact]
    public async Task WhenKeygenSaysTheLicenseIsNotValidTheFileIsDroppedAndNeverUsed()
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, store) = await ValidatedOnceAsync(app);
        var license = (await licensing.ValidateAsync()).License!;

        await app.Admin.Licenses.SuspendAsync(license.Id);
        var suspended = await licensing.ValidateAsync();
        await app.StopServerAsync();
        var offline = await licensing.ValidateAsync();

        Assert.IsType<LicenseOutcome.Suspended>(suspended);
        Assert.Null(await store.ReadAsync(default));
        Assert.IsType<LicenseOutcome.Unreachable>(offline);
    }

    [Fact]
    public async Task AnotherLicensesFileIsRefusedEvenThoughItIsAuthentic()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var other = await app.LicenseAsync();
        var store = app.Store();
        var otherFile = await app.Admin.Licenses.CheckOutAsync(other.Id, new CheckOutLicenseRequest { Algorithm = CheckoutAlgorithm.Base64Ed25519 });
        await store.WriteAsync(otherFile.Certificate, default);
        var licensing = app.Licensing(license.Key, o => (o.Store, o.OfflineFile) = (store, OfflineFileKind.LicenseFile));

        await app.StopServerAsync();
        var outcome = await licensing.ValidateAsync();

        var problem = Assert.IsType<LicenseFileException>(Assert.IsType<LicenseOutcome.Unreachable>(outcome).OfflineProblem);
        Assert.Equal(VerificationFailureReason.WrongSubject, problem.Reason);
    }

    /// <remarks>
    /// The file carries the policy (its expiration strategy) only where the license may read it: Keygen leaves
    /// <c>policy.read</c> out of a license's default permissions, so an account that wants ALLOW_ACCESS honoured offline
    /// grants it (here: every permission a license may hold); without it the façade checks out without the policy.
    /// </remarks>
    [Theory]
    [InlineData("RESTRICT_ACCESS", true, false)]
    [InlineData("ALLOW_ACCESS", true, true)]
    [InlineData("ALLOW_ACCESS", false, false)]
    public async Task OfflineALicensePastItsExpiryIsExpiredAsItsPolicySays(string strategy, bool licenseReadsItsPolicy, bool valid)
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, _) = await ValidatedOnceAsync(
            app,
            policy: p => (p.Duration, p.ExpirationStrategy) = (86400, new ExpirationStrategy(strategy)),
            license: l => l.Permissions = licenseReadsItsPolicy ? [Permission.All] : null);

        await app.StopServerAsync();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var outcome = await licensing.ValidateAsync();

        Assert.IsType<LicenseOutcome.Expired>(outcome);
        Assert.Equal(valid, outcome.IsValid);
        Assert.True(outcome.IsOffline);
    }

    [Fact]
    public async Task AProxysErrorPageCountsAsUnreachable()
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, _) = await ValidatedOnceAsync(app);

        app.Faults.AnswerNext(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html");
        var outcome = await licensing.ValidateAsync();

        Assert.IsType<LicenseOutcome.Valid>(outcome);
        Assert.True(outcome.IsOffline);
    }

    [Fact]
    public async Task TheFileIsRefreshedOncePastHalfItsLifetime()
    {
        await using var app = await LicensedApp.StartAsync();
        var (licensing, store) = await ValidatedOnceAsync(app, o => o.OfflineFileTtl = TimeSpan.FromHours(2));
        var first = await store.ReadAsync(default);

        app.Clock.Advance(TimeSpan.FromMinutes(50));
        await licensing.ValidateAsync();
        var young = await store.ReadAsync(default);
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await licensing.ValidateAsync();
        var refreshed = await store.ReadAsync(default);

        Assert.Equal(first, young);
        Assert.NotEqual(first, refreshed);
        Assert.Equal(app.Clock.GetUtcNow(), (await licensing.CheckOutAsync()).Issued);
    }

    [Fact]
    public async Task NoFileIsKeptWhenCheckOutWhenValidIsOff()
    {
        await using var app = await LicensedApp.StartAsync();
        var (_, store) = await ValidatedOnceAsync(app, o => o.CheckOutWhenValid = false);

        Assert.Null(await store.ReadAsync(default));
    }

    [Fact]
    public async Task AnAnswerSignedWithAnotherKeyIsUntrustedAndChangesNothing()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync();
        var store = app.Store();
        await store.WriteAsync("kept", default);
        var stranger = Convert.ToHexStringLower(new Ed25519PrivateKeyParameters(new SecureRandom()).GeneratePublicKey().GetEncoded());
        var licensing = app.Licensing(license.Key, o => o.Store = store, publicKey: stranger);

        var outcome = await licensing.ValidateAsync();

        var untrusted = Assert.IsType<LicenseOutcome.Untrusted>(outcome);
        Assert.Equal(VerificationFailureReason.SignatureInvalid, untrusted.Cause.Reason);
        Assert.Null(untrusted.License);
        Assert.Equal("kept", await store.ReadAsync(default));
    }

    [Fact]
    public async Task AValidationAnsweringAnotherRequestsNonceIsUntrusted()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = app.Licensing((await app.LicenseAsync()).Key);
        app.Faults.RewriteNextBody(body => Regex.Replace(body, "\"nonce\":\\d+", "\"nonce\":7"));

        var outcome = await licensing.ValidateAsync();

        Assert.Equal(VerificationFailureReason.NonceMismatch, Assert.IsType<LicenseOutcome.Untrusted>(outcome).Cause.Reason);
    }

    /// <summary>An activated app whose first validation was valid, so it holds a fresh offline file.</summary>
    private static async Task<(KeygenLicensing Licensing, FileLicenseStore Store)> ValidatedOnceAsync(
        LicensedApp app, Action<KeygenLicensingOptions>? configure = null, Action<CreatePolicyRequest>? policy = null, Action<CreateLicenseRequest>? license = null)
    {
        var store = app.Store();
        var licensing = app.Licensing((await app.LicenseAsync(policy, license)).Key, o =>
        {
            o.Store = store;
            configure?.Invoke(o);
        });
        await licensing.ActivateAsync();
        Assert.True((await licensing.ValidateAsync()).IsValid);
        return (licensing, store);
    }
}

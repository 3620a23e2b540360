using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;

namespace Keygen.EndToEnd.Tests.Validation;

/// <summary>
/// One scenario per validation code the emulator implements (several for codes with distinct paths), by name. They mirror
/// the emulator's own raw-HTTP validation tests, driven through the SDK instead.
/// </summary>
internal static class ValidationScenarios
{
    private const string Fingerprint = ValidationScenario.Fingerprint;
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);

    public static IReadOnlyDictionary<string, ValidationCase> All { get; } =
        new Dictionary<string, ValidationCase>
        {
            ["VALID"] = new(true, ValidationCode.Valid, async s => await s.ValidateAsync(await s.LicenseAsync())),
            ["NOT_FOUND"] = new(false, ValidationCode.NotFound, s => s.Keygen.WithAuth(KeygenAuth.Anonymous).Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = "NO-SUCH-KEY" })),
            ["BANNED"] = new(false, ValidationCode.Banned, async s =>
            {
                var owner = await s.Keygen.UserAsync();
                var license = await s.LicenseAsync(license: l => l.OwnerId = owner.Id);
                await s.Keygen.Users.BanAsync(owner.Id);
                return await s.ValidateAsync(license);
            }),
            ["SUSPENDED"] = new(false, ValidationCode.Suspended, async s =>
            {
                var license = await s.LicenseAsync();
                await s.Keygen.Licenses.SuspendAsync(license.Id);
                return await s.ValidateAsync(license);
            }),
            ["EXPIRED (revoke access, before scope checks)"] = new(false, ValidationCode.Expired, async s => await s.ValidateLaterAsync(
                await s.LicenseAsync(p => { p.Duration = 86400; p.ExpirationStrategy = ExpirationStrategy.RevokeAccess; p.RequireFingerprintScope = true; }), TwoDays)),
            ["EXPIRED (restrict access)"] = new(false, ValidationCode.Expired, async s => await s.ValidateLaterAsync(await s.LicenseAsync(p => p.Duration = 86400), TwoDays)),
            ["EXPIRED (allow access, still valid)"] = new(true, ValidationCode.Expired, async s =>
                await s.ValidateLaterAsync(await s.LicenseAsync(p => { p.Duration = 86400; p.ExpirationStrategy = ExpirationStrategy.AllowAccess; }), TwoDays)),
            ["OVERDUE"] = new(false, ValidationCode.Overdue, async s => await s.ValidateLaterAsync(
                await s.LicenseAsync(p => { p.RequireCheckIn = true; p.CheckInInterval = CheckInInterval.Day; p.CheckInIntervalCount = 1; }), TwoDays)),
            ["PRODUCT_SCOPE_MISMATCH"] = new(false, ValidationCode.ProductScopeMismatch, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Product = Guid.NewGuid().ToString() })),
            ["PRODUCT_SCOPE_REQUIRED"] = new(false, ValidationCode.ProductScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireProductScope = true))),
            ["POLICY_SCOPE_MISMATCH"] = new(false, ValidationCode.PolicyScopeMismatch, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Policy = Guid.NewGuid().ToString() })),
            ["POLICY_SCOPE_REQUIRED"] = new(false, ValidationCode.PolicyScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequirePolicyScope = true))),
            ["USER_SCOPE_MISMATCH"] = new(false, ValidationCode.UserScopeMismatch, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { User = "someone@example.com" })),
            ["USER_SCOPE_REQUIRED"] = new(false, ValidationCode.UserScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireUserScope = true))),
            ["ENTITLEMENTS_SCOPE_EMPTY"] = new(false, ValidationCode.EntitlementsScopeEmpty, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Entitlements = [] })),
            ["ENTITLEMENTS_MISSING"] = new(false, ValidationCode.EntitlementsMissing, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Entitlements = ["PRO"] })),
            ["NO_MACHINE (machine scope)"] = new(false, ValidationCode.NoMachine, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Machine = Guid.NewGuid().ToString() })),
            ["MACHINE_SCOPE_MISMATCH"] = new(false, ValidationCode.MachineScopeMismatch, async s => await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Machine = Guid.NewGuid().ToString() })),
            ["MACHINE_SCOPE_REQUIRED"] = new(false, ValidationCode.MachineScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireMachineScope = true))),
            ["NO_MACHINES (fingerprint scope)"] = new(false, ValidationCode.NoMachines, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.Floating = true), new ValidationScope { Fingerprint = Fingerprint })),
            ["FINGERPRINT_SCOPE_EMPTY"] = new(false, ValidationCode.FingerprintScopeEmpty, async s => await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Fingerprints = [] })),
            ["FINGERPRINT_SCOPE_MISMATCH"] = new(false, ValidationCode.FingerprintScopeMismatch, async s => await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Fingerprint = "other-machine" })),
            ["FINGERPRINT_SCOPE_REQUIRED"] = new(false, ValidationCode.FingerprintScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireFingerprintScope = true))),
            ["FINGERPRINT_SCOPE_REQUIRED (components without fingerprint)"] = new(false, ValidationCode.FingerprintScopeRequired, async s =>
                await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Fingerprints = [Fingerprint], Components = ["disk-1"] })),
            ["HEARTBEAT_NOT_STARTED"] = new(false, ValidationCode.HeartbeatNotStarted, async s => await s.ValidateAsync(
                await s.ActivatedAsync(p => { p.RequireHeartbeat = true; p.HeartbeatBasis = HeartbeatBasis.FromFirstPing; }), new ValidationScope { Fingerprint = Fingerprint })),
            ["HEARTBEAT_DEAD"] = new(false, ValidationCode.HeartbeatDead, async s => await s.ValidateLaterAsync(
                // Kept dead: by default the emulator, like Keygen's culler, deletes a machine within 2 minutes of its death.
                await s.ActivatedAsync(p => { p.RequireHeartbeat = true; p.HeartbeatBasis = HeartbeatBasis.FromFirstPing; p.HeartbeatDuration = 60; p.HeartbeatCullStrategy = HeartbeatCullStrategy.KeepDead; }),
                TimeSpan.FromMinutes(5),
                new ValidationScope { Fingerprint = Fingerprint })),
            ["COMPONENTS_SCOPE_EMPTY"] = new(false, ValidationCode.ComponentsScopeEmpty, async s => await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Fingerprint = Fingerprint, Components = [] })),
            ["COMPONENTS_SCOPE_MISMATCH"] = new(false, ValidationCode.ComponentsScopeMismatch, async s => await s.ValidateAsync(await s.ActivatedAsync(), new ValidationScope { Fingerprint = Fingerprint, Components = ["disk-1"] })),
            ["COMPONENTS_SCOPE_REQUIRED"] = new(false, ValidationCode.ComponentsScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireComponentsScope = true))),
            ["CHECKSUM_SCOPE_MISMATCH"] = new(false, ValidationCode.ChecksumScopeMismatch, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Checksum = "abc123" })),
            ["CHECKSUM_SCOPE_REQUIRED"] = new(false, ValidationCode.ChecksumScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireChecksumScope = true))),
            ["VERSION_SCOPE_MISMATCH"] = new(false, ValidationCode.VersionScopeMismatch, async s => await s.ValidateAsync(await s.LicenseAsync(), new ValidationScope { Version = "1.0.0" })),
            ["VERSION_SCOPE_REQUIRED"] = new(false, ValidationCode.VersionScopeRequired, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.RequireVersionScope = true))),
            ["TOO_MANY_USERS"] = new(false, ValidationCode.TooManyUsers, async s =>
            {
                var owner = await s.Keygen.UserAsync();
                return await s.ValidateAsync(await s.LicenseAsync(license: l => { l.MaxUsers = 0; l.OwnerId = owner.Id; }));
            }),
            ["NO_MACHINE (strict, node-locked)"] = new(false, ValidationCode.NoMachine, async s => await s.ValidateAsync(await s.LicenseAsync(p => p.Strict = true))),
            ["NO_MACHINES (strict, floating)"] = new(false, ValidationCode.NoMachines, async s => await s.ValidateAsync(await s.LicenseAsync(p => { p.Strict = true; p.Floating = true; }))),
            ["VALID (strict, activated)"] = new(true, ValidationCode.Valid, async s => await s.ValidateAsync(await s.ActivatedAsync(p => p.Strict = true), new ValidationScope { Fingerprint = Fingerprint })),
            ["TOO_MANY_MACHINES"] = new(false, ValidationCode.TooManyMachines, async s =>
            {
                var license = await s.LicenseAsync(p => { p.Strict = true; p.Floating = true; p.MaxMachines = 2; });
                await s.Keygen.ActivateAsync(license.Id, "a");
                await s.Keygen.ActivateAsync(license.Id, "b");
                await s.Keygen.Licenses.UpdateAsync(license.Id, new UpdateLicenseRequest { MaxMachines = 1 });
                return await s.ValidateAsync(license);
            }),
            ["TOO_MANY_MACHINES (2x overage, still valid)"] = new(true, ValidationCode.TooManyMachines, async s =>
            {
                var license = await s.LicenseAsync(p => { p.Strict = true; p.Floating = true; p.MaxMachines = 2; p.OverageStrategy = OverageStrategy.Allow200PercentOverage; });
                foreach (var fingerprint in new[] { "a", "b", "c" })
                {
                    await s.Keygen.ActivateAsync(license.Id, fingerprint);
                }

                return await s.ValidateAsync(license);
            }),
            ["TOO_MANY_CORES"] = new(false, ValidationCode.TooManyCores, async s => await s.ValidateAsync(await s.OverLimitAsync(m => m.Cores = 4, new UpdateLicenseRequest { MaxCores = 2 }))),
            ["TOO_MUCH_MEMORY"] = new(false, ValidationCode.TooMuchMemory, async s => await s.ValidateAsync(await s.OverLimitAsync(m => m.Memory = 4096, new UpdateLicenseRequest { MaxMemory = 1024 }))),
            ["TOO_MUCH_DISK"] = new(false, ValidationCode.TooMuchDisk, async s => await s.ValidateAsync(await s.OverLimitAsync(m => m.Disk = 4096, new UpdateLicenseRequest { MaxDisk = 1024 }))),
        };
}

using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Keygen.EndToEnd.Tests.Validation;

/// <summary>What one validation scenario works with: the admin client, the emulator's clock, and set-up steps through the SDK.</summary>
internal sealed class ValidationScenario(KeygenClient keygen, FakeTimeProvider clock)
{
    public const string Fingerprint = "fp-main";

    public KeygenClient Keygen { get; } = keygen;

    public FakeTimeProvider Clock { get; } = clock;

    public Task<License> LicenseAsync(Action<CreatePolicyRequest>? policy = null, Action<CreateLicenseRequest>? license = null) =>
        Keygen.LicenseAsync(policy, license);

    /// <summary>A license with this machine (<see cref="Fingerprint"/>) activated.</summary>
    public async Task<License> ActivatedAsync(Action<CreatePolicyRequest>? policy = null)
    {
        var license = await LicenseAsync(policy);
        await Keygen.ActivateAsync(license.Id, Fingerprint);
        return license;
    }

    /// <summary>A strict floating license with one machine, then a limit of the license lowered below what the machine uses.</summary>
    public async Task<License> OverLimitAsync(Action<CreateMachineRequest> machine, UpdateLicenseRequest lowered)
    {
        var license = await LicenseAsync(p => { p.Strict = true; p.Floating = true; p.MaxMachines = 5; });
        await Keygen.ActivateAsync(license.Id, Fingerprint, machine);
        await Keygen.Licenses.UpdateAsync(license.Id, lowered);
        return license;
    }

    /// <summary>A scoped validation of the license by id.</summary>
    public Task<LicenseValidation> ValidateAsync(License license, ValidationScope? scope = null) =>
        Keygen.Licenses.ValidateAsync(license.Id, scope is null ? null : new ValidateLicenseRequest { Scope = scope });

    /// <summary>Validates after the clock moved on by <paramref name="elapsed"/>.</summary>
    public Task<LicenseValidation> ValidateLaterAsync(License license, TimeSpan elapsed, ValidationScope? scope = null)
    {
        Clock.Advance(elapsed);
        return ValidateAsync(license, scope);
    }
}

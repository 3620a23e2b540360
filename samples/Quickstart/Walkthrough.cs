using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Keygen.Signatures;

namespace Quickstart;

/// <summary>
/// A whole licensing lifecycle, as a licensed app and its back office would drive it: create a product, a policy
/// and a license; validate the key for this machine (not yet activated); activate; validate again; check out a
/// license file and verify it offline; check in; suspend and see validation fail; reinstate; list; clean up.
/// Each step prints what happened.
/// </summary>
internal sealed class Walkthrough(Backend backend, TextWriter output)
{
    private readonly KeygenClient _keygen = backend.Client;
    private int _step;

    public async Task RunAsync(CancellationToken ct)
    {
        var fingerprint = new MachineFingerprintProvider("keygengen-quickstart").GetFingerprint();
        if (backend.VerifiesSignatures)
        {
            output.WriteLine("Every response below is checked against the account's Ed25519 signature.");
        }

        var product = await _keygen.Products.CreateAsync(new CreateProductRequest { Name = "Quickstart Studio" }, ct);
        Step($"Created product {product.Name} ({product.Id})");

        var policy = await _keygen.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Studio Pro",
            ProductId = product.Id,
            Floating = true,
            MaxMachines = 2,
            RequireCheckIn = true,
            CheckInInterval = CheckInInterval.Day,
            CheckInIntervalCount = 30,
        }, ct);
        Step($"Created policy {policy.Name}: up to {policy.MaxMachines} machines, check-in every {policy.CheckInIntervalCount} days");

        var license = await _keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Ada's seat" }, ct);
        Step($"Created license {license.Id} with key {Mask(license.Key)} ({license.Status})");

        var validation = await ValidateAsync(license.Key, fingerprint, ct);
        Expect(validation, ValidationCode.NoMachines, "a fresh floating license has no machines yet");

        var machine = await _keygen.Machines.CreateAsync(new CreateMachineRequest
        {
            LicenseId = license.Id,
            Fingerprint = fingerprint,
            Name = "Ada's workstation",
            Platform = Environment.OSVersion.Platform.ToString(),
        }, ct);
        Step($"Activated this machine ({machine.Id}, fingerprint {Mask(fingerprint)})");

        validation = await ValidateAsync(license.Key, fingerprint, ct);
        Expect(validation, ValidationCode.Valid, "the machine is activated");

        await CheckOutLicenseFileAsync(license, ct);

        license = await _keygen.Licenses.CheckInAsync(license.Id, ct);
        Step($"Checked in at {license.LastCheckIn:u}; next check-in due {license.NextCheckIn:u}");

        license = await _keygen.Licenses.SuspendAsync(license.Id, ct);
        Step($"Suspended the license ({license.Status})");

        validation = await ValidateAsync(license.Key, fingerprint, ct);
        Expect(validation, ValidationCode.Suspended, "the license is suspended");

        license = await _keygen.Licenses.ReinstateAsync(license.Id, ct);
        Step($"Reinstated the license ({license.Status})");

        var spare = await _keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Spare seat" }, ct);
        var trial = await _keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Trial seat" }, ct);
        var listed = 0;
        // Two per page, so the enumeration follows links.next to a second page.
        await foreach (var item in _keygen.Licenses.ListAsync(new ListLicensesRequest { Product = product.Id, PageSize = 2 }, ct))
        {
            listed++;
            output.WriteLine($"      - {item.Name}: {item.Status}");
        }

        Step($"Listed the product's {listed} licenses, two per page");

        await _keygen.Machines.DeleteAsync(machine.Id, ct);
        foreach (var id in new[] { license.Id, spare.Id, trial.Id })
        {
            await _keygen.Licenses.DeleteAsync(id, ct);
        }

        await _keygen.Policies.DeleteAsync(policy.Id, ct);
        await _keygen.Products.DeleteAsync(product.Id, ct);
        Step("Cleaned up: deactivated the machine, deleted the licenses, policy and product");
        output.WriteLine();
        output.WriteLine("Done: the whole lifecycle went through the SDK.");
    }

    /// <summary>
    /// What an app does before going offline: check out a signed, encrypted license file, then verify and decrypt it
    /// with nothing but the account's public key and the license key, as it would with no network at all.
    /// </summary>
    private async Task CheckOutLicenseFileAsync(License license, CancellationToken ct)
    {
        if (backend.PublicKey is null)
        {
            Step("Skipped the license file: set KEYGEN_PUBLIC_KEY to verify it offline");
            return;
        }

        var file = await _keygen.Licenses.CheckOutAsync(license.Id, new CheckOutLicenseRequest
        {
            Encrypt = true,
            Ttl = (int)TimeSpan.FromDays(14).TotalSeconds,
            Include = [LicenseFileInclude.Policy],
        }, ct);
        Step($"Checked out a license file ({file.Algorithm}, {file.Certificate.Length} characters)");

        var dataset = new LicenseFileReader(KeygenPublicKeys.Parse(backend.PublicKey)).ReadLicenseFile(file.Certificate, license.Key);
        var held = dataset.Data;
        var policy = dataset.IncludedOfType("policies").Single();
        Step($"Verified and decrypted it offline: issued {dataset.Issued:u}, valid until {dataset.Expiry:u}");
        output.WriteLine($"      license {held.GetProperty("id")} ({held.GetProperty("attributes").GetProperty("status")}), " +
                         $"policy {policy.GetProperty("attributes").GetProperty("name")}");
    }

    private async Task<LicenseValidation> ValidateAsync(string key, string fingerprint, CancellationToken ct)
    {
        // validate-key needs no credentials: it is what a licensed app calls with nothing but the key.
        var anonymous = _keygen.WithAuth(KeygenAuth.Anonymous);
        return await anonymous.Licenses.ValidateKeyAsync(
            new ValidateLicenseKeyRequest { Key = key, Scope = new ValidationScope { Fingerprint = fingerprint } }, ct);
    }

    private void Expect(LicenseValidation validation, ValidationCode expected, string because)
    {
        var verdict = validation.Valid ? "valid" : "not valid";
        if (validation.Code != expected)
        {
            throw new WalkthroughException($"Validation answered {validation.Code} ({validation.Detail}), but {expected} was expected: {because}.");
        }

        Step($"Validated the key for this machine: {verdict}, {validation.Code} ({validation.Detail})");
    }

    private void Step(string text) => output.WriteLine($"{++_step,2}. {text}");

    /// <summary>Shows enough of a secret to recognise it, never all of it.</summary>
    private static string Mask(string secret) => secret.Length <= 8 ? "****" : secret[..6] + "…" + secret[^2..];
}

using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Keygen.Signatures;

namespace MonoSmoke;

/// <summary>
/// What a licensed .NET Framework app does, on Mono, against a Keygen (the emulator) whose address, admin token and
/// Ed25519 public key come from the environment; every response is signature-checked. Prints one line per step and
/// exits 1 at the first one that misbehaves.
/// </summary>
internal static class Program
{
    public static async Task<int> Main()
    {
        try
        {
            await RunAsync(Setting("KEYGEN_BASE_URL"), Setting("KEYGEN_ACCOUNT"), Setting("KEYGEN_ADMIN_TOKEN"), Setting("KEYGEN_PUBLIC_KEY"));
            Console.WriteLine($"MonoSmoke passed on {RuntimeDescription()}.");
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"MonoSmoke failed: {e}");
            return 1;
        }
    }

    private static async Task RunAsync(string baseUrl, string account, string adminToken, string publicKey)
    {
        // The vendor's side, over the admin API: a product, a policy whose keys are Ed25519-signed, and one license.
        using var admin = new KeygenClient(new KeygenClientOptions { BaseUrl = new Uri(baseUrl), Account = account, Token = adminToken, PublicKey = publicKey });
        var product = await admin.Products.CreateAsync(new CreateProductRequest { Name = "Mono Studio" });
        var policy = await admin.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Desktop", ProductId = product.Id, Scheme = LicenseScheme.Ed25519Sign, MaxMachines = 1,
            AuthenticationStrategy = AuthenticationStrategy.License, // the app authenticates with its license key
        });
        var license = await admin.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Seat" });
        Step($"created license {license.Id} on {baseUrl}");

        // The app's side: nothing but the license key and the public key; every response must carry a valid signature.
        var keys = KeygenPublicKeys.Parse(publicKey);
        var signed = new SignedLicenseKeyVerifier(keys).Verify(license.Key, SignedKeyScheme.Ed25519Sign);
        Check(signed.DatasetJson?.GetProperty("license").GetProperty("id").GetString() == license.Id, "the signed key's dataset names the license");
        Step("verified the signed license key offline");

        var store = new FileLicenseStore(Path.Combine(Path.GetTempPath(), "keygengen-monosmoke-" + Guid.NewGuid().ToString("N"), "license.lic"));
        var fingerprints = new MachineFingerprintProvider("mono-smoke", () => "mono-smoke-machine");
        using (var online = new KeygenClient(new KeygenClientOptions { BaseUrl = new Uri(baseUrl), Account = account, LicenseKey = license.Key, PublicKey = publicKey }))
        {
            var licensing = new KeygenLicensing(online, fingerprints, new KeygenLicensingOptions { Store = store });
            var outcome = await licensing.ValidateAsync();
            Check(outcome is LicenseOutcome.NotActivated, $"a new license is not activated yet ({outcome})");
            await licensing.ActivateAsync("mono");
            outcome = await licensing.ValidateAsync();
            Check(outcome is LicenseOutcome.Valid { IsOffline: false }, $"validation after activation is valid online ({outcome})");
            Check(File.Exists(store.Path), "a valid answer keeps a machine file for offline use");
            Step($"validated over HTTP with signed responses: {outcome.Code?.Value}");

            var file = await online.Licenses.CheckOutAsync(license.Id, new CheckOutLicenseRequest { Encrypt = true, Ttl = 3600 });
            var dataset = new LicenseFileReader(keys).ReadLicenseFile(file.Certificate, license.Key);
            Check(dataset.Data.GetProperty("id").GetString() == license.Id, "the license file holds the license");
            Step($"checked out a license file and read it offline ({file.Algorithm}, expires {dataset.Expiry:u})");
        }

        // Offline: Keygen cannot be reached (nothing listens on port 9), so the machine file kept above is judged instead.
        using (var offline = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = new Uri("http://127.0.0.1:9"), Account = account, LicenseKey = license.Key, PublicKey = publicKey, Retry = KeygenRetryOptions.Disabled,
        }))
        {
            var outcome = await new KeygenLicensing(offline, fingerprints, new KeygenLicensingOptions { Store = store }).ValidateAsync();
            Check(outcome is LicenseOutcome.Valid { IsOffline: true }, $"with Keygen unreachable the stored machine file validates ({outcome})");
            Step("validated offline from the stored machine file");
        }

        // A tampered response must be refused: the signature check is on for the admin client too.
        using var forged = new HttpClient(new TamperingHandler { InnerHandler = new HttpClientHandler() });
        using var fooled = new KeygenClient(new KeygenClientOptions { BaseUrl = new Uri(baseUrl), Account = account, Token = adminToken, PublicKey = publicKey }, forged);
        try
        {
            await fooled.Licenses.GetAsync(license.Id);
            throw new InvalidOperationException("a response altered in transit was accepted");
        }
        catch (KeygenSignatureException)
        {
            Step("refused a response altered in transit");
        }

        // This app's own schema entry (seats.keygen.json) compiled into typed members here too.
        var transfer = new TransferSeatRequest { Target = license.Id };
        Check(transfer.Target == license.Id && admin.Invoices() is not null, "the app's own schema entry gave typed members");
        Step("the app's own schema entry compiled for .NET Framework");
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set.");

    private static string RuntimeDescription() =>
        Type.GetType("Mono.Runtime") is { } mono
            ? "Mono " + mono.GetMethod("GetDisplayName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)?.Invoke(null, null)
            : Environment.Version.ToString();

    private static void Step(string what) => Console.WriteLine("  " + what);

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Expected: " + what + ".");
        }
    }
}

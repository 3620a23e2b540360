using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Keygen;
using Keygen.Emulator;
using Keygen.Licensing;
using Microsoft.Extensions.Time.Testing;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>
/// An emulator on 127.0.0.1 on a fake clock, an admin client to set the scene, and licensed apps: each a client with a
/// license key, the account's public key and a <see cref="Faults"/> handler, a fixed fingerprint and a store in a
/// temporary folder. Disposing stops everything and removes the folder.
/// </summary>
internal sealed class LicensedApp : IAsyncDisposable
{
    public const string Fingerprint = "fp-this-machine";

    private readonly List<IDisposable> _clients = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "keygengen-facade-" + Guid.NewGuid().ToString("N"));
    private bool _serverStopped;

    private LicensedApp(FakeTimeProvider clock, KeygenEmulator emulator)
    {
        Clock = clock;
        Emulator = emulator;
        Admin = Client(emulator.AdminToken, licenseKey: null, publicKey: emulator.PublicKeyHex);
    }

    public FakeTimeProvider Clock { get; }

    public KeygenEmulator Emulator { get; }

    public KeygenClient Admin { get; }

    /// <summary>The fault injector of the app client made last.</summary>
    public Faults Faults { get; private set; } = new();

    public static async Task<LicensedApp> StartAsync()
    {
        // Whole seconds, as Keygen's timestamps carry milliseconds only: times read back compare equal.
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return new LicensedApp(clock, await KeygenEmulator.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock }));
    }

    /// <summary>A product, a policy (license-key authentication unless <paramref name="policy"/> says otherwise) and a license.</summary>
    public async Task<License> LicenseAsync(Action<CreatePolicyRequest>? policy = null, Action<CreateLicenseRequest>? license = null)
    {
        var product = await Admin.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policyRequest = new CreatePolicyRequest { Name = "Pro", ProductId = product.Id, AuthenticationStrategy = AuthenticationStrategy.License };
        policy?.Invoke(policyRequest);
        var created = await Admin.Policies.CreateAsync(policyRequest);
        var licenseRequest = new CreateLicenseRequest { PolicyId = created.Id };
        license?.Invoke(licenseRequest);
        return await Admin.Licenses.CreateAsync(licenseRequest);
    }

    /// <summary>The license's machines, as the admin sees them.</summary>
    public async Task<IReadOnlyList<Machine>> MachinesOfAsync(string licenseId) =>
        (await Admin.Machines.ListPageAsync(new ListMachinesRequest { License = licenseId })).Data;

    /// <summary>The app: a client for <paramref name="licenseKey"/> and the façade over it, with its own store.</summary>
    public KeygenLicensing Licensing(string licenseKey, Action<KeygenLicensingOptions>? configure = null, string fingerprint = Fingerprint, string? publicKey = null)
    {
        var options = new KeygenLicensingOptions { Store = Store() };
        configure?.Invoke(options);
        return new KeygenLicensing(Client(token: null, licenseKey, publicKey ?? Emulator.PublicKeyHex), new FixedFingerprint(fingerprint), options);
    }

    /// <summary>A fresh store in this app's temporary folder.</summary>
    public FileLicenseStore Store() => new(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".lic"));

    public KeygenClient Client(string? token, string? licenseKey, string? publicKey)
    {
        Faults = new Faults();
        var faults = Faults;
        var options = new KeygenClientOptions
        {
            BaseUrl = Emulator.BaseUrl,
            Account = Emulator.AccountId,
            Token = token,
            LicenseKey = licenseKey,
            PublicKey = publicKey,
            TimeProvider = Clock,
            Retry = KeygenRetryOptions.Disabled,
        };
        options.AdditionalHandlers.Add(() => faults);
        var client = new KeygenClient(options);
        _clients.Add(client);
        return client;
    }

    /// <summary>Stops the emulator: from now on Keygen is unreachable (connection refused).</summary>
    public async Task StopServerAsync()
    {
        _serverStopped = true;
        await Emulator.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        if (!_serverStopped)
        {
            await Emulator.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class FixedFingerprint(string fingerprint) : IMachineFingerprintProvider
    {
        public string GetFingerprint() => fingerprint;
    }
}

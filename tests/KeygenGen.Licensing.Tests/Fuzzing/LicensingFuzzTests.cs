using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Keygen.Signatures;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;

namespace KeygenGen.Licensing.Tests.Fuzzing;

/// <summary>
/// Validly signed documents with corrupted content (times at the edge of the calendar, TTLs beyond any type, wrong kinds,
/// missing members, huge sizes, deep nesting, broken text) through the licensing readers: license and machine files, the
/// offline fallback of <see cref="KeygenLicensing"/>, webhook deliveries and signed keys. Only the readers' typed exceptions
/// may come out of <c>Verify</c>/<c>Read…</c>, nothing out of <c>TryVerify</c>/<c>TryRead…</c> (which agree with them), and the
/// offline fallback answers, never throws. A failure names the seed; <c>KEYGEN_LICENSING_FUZZ_SEED=&lt;seed&gt;</c> replays it.
/// </summary>
public sealed class LicensingFuzzTests(ITestOutputHelper output)
{
    private const string LicenseKey = "FUZZ-LICENSE-KEY";
    private const string Fingerprint = "fuzz-fingerprint";
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FuzzSigner Signer = new();

    private static KeygenVerificationOptions Clock => new() { TimeProvider = new FakeTimeProvider(Now) };

    [Fact]
    public async Task Corrupted_license_and_machine_files_give_typed_failures_and_the_offline_fallback_still_answers()
    {
        var stopwatch = Stopwatch.StartNew();
        var reader = new LicenseFileReader(Signer.PublicKeys, Clock);
        var licenses = new DatasetMutator(LicenseDataset, LicensePaths, LicenseTimes, ["meta", "ttl"]);
        var machines = new DatasetMutator(MachineDataset, MachinePaths, MachineTimes, ["meta", "ttl"]);
        var problems = new List<string>();
        var outcomes = new Dictionary<string, int>();
        var tried = new List<DatasetCorruption>();
        foreach (int seed in Seeds(first: 1_000, count: 600))
        {
            bool machine = seed % 2 == 1;
            var corrupted = (machine ? machines : licenses).Create(seed);
            tried.Add(corrupted.Corruption);
            string certificate = Signer.Certificate(machine ? "machine" : "license", corrupted.Bytes, seed % 3 == 0 ? null : Secret(machine));
            string label = $"{corrupted} in a {(machine ? "machine" : "license")} file";

            Func<LicenseFileDataset> read = machine
                ? () => reader.ReadMachineFile(certificate, LicenseKey, Fingerprint)
                : () => reader.ReadLicenseFile(certificate, LicenseKey);
            var result = machine ? Try(() => reader.TryReadMachineFile(certificate, LicenseKey, Fingerprint)) : Try(() => reader.TryReadLicenseFile(certificate, LicenseKey));
            var thrown = Outcome<LicenseFileException, LicenseFileDataset>(read, label, problems);
            Agree(result, thrown, label, problems);

            var fallback = await FallBackAsync(certificate, machine);
            switch (fallback)
            {
                case Exception e:
                    problems.Add($"{label}: the offline fallback threw {e.GetType().Name}: {e.Message}");
                    break;
                case LicenseOutcome outcome when outcome is not LicenseOutcome.Unreachable && !outcome.IsOffline:
                    problems.Add($"{label}: the offline fallback answered {outcome}, neither Unreachable nor offline");
                    break;
                case LicenseOutcome outcome:
                    outcomes[outcome.GetType().Name] = outcomes.GetValueOrDefault(outcome.GetType().Name) + 1;
                    break;
            }
        }

        output.WriteLine($"files: {stopwatch.Elapsed.TotalSeconds:0.0} s; fallback outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        AssertNone(problems);
        if (!Replaying)
        {
            Assert.True(outcomes.GetValueOrDefault("Unreachable") >= 100, "too few files were refused offline");
            Assert.True(outcomes.GetValueOrDefault("Valid") >= 50, "too few corruptions were harmless");
            Assert.All(DatasetMutator.Kinds, kind => Assert.True(tried.Count(k => k == kind) >= 30, $"{kind} was rarely tried"));
        }
    }

    [Fact]
    public void Corrupted_webhook_deliveries_give_typed_failures()
    {
        var verifier = new KeygenWebhookVerifier(Signer.PublicKeys, Clock);
        var mutator = new DatasetMutator(WebhookEvent, WebhookPaths, [["data", "attributes", "created"]], ttl: null);
        var problems = new List<string>();
        int verified = 0;
        foreach (int seed in Seeds(first: 2_000, count: 300))
        {
            var corrupted = mutator.Create(seed);
            var delivery = Signer.Delivery(corrupted.Bytes, Now);
            var tried = Try(() => verifier.TryVerify(delivery));
            var thrown = Outcome<KeygenSignatureException, KeygenWebhookEvent>(() => verifier.Verify(delivery), corrupted.ToString(), problems);
            Agree(tried, thrown, corrupted.ToString(), problems);
            verified += tried is VerificationResult<KeygenWebhookEvent> { IsValid: true } ? 1 : 0;
        }

        AssertNone(problems);
        Assert.True(Replaying || verified >= 30, "too few corruptions were harmless");
    }

    [Fact]
    public void Corrupted_signed_key_datasets_give_typed_failures()
    {
        var verifier = new SignedLicenseKeyVerifier(Signer.PublicKeys, Clock);
        var mutator = new DatasetMutator(KeyDataset, KeyPaths, [["license", "created"], ["license", "expiry"]], ttl: null);
        var problems = new List<string>();
        foreach (int seed in Seeds(first: 3_000, count: 200))
        {
            var corrupted = mutator.Create(seed);
            string key = Signer.SignedKey(corrupted.Bytes);
            var tried = Try(() => verifier.TryVerify(key));
            var thrown = Outcome<SignedLicenseKeyException, SignedLicenseKey>(() => verifier.Verify(key, SignedKeyScheme.Ed25519Sign), corrupted.ToString(), problems);
            Agree(tried, thrown, corrupted.ToString(), problems);
        }

        AssertNone(problems);
    }

    private static bool Replaying => Environment.GetEnvironmentVariable(DatasetMutator.ReplayVariable) is not null;

    private static IEnumerable<int> Seeds(int first, int count) =>
        int.TryParse(Environment.GetEnvironmentVariable(DatasetMutator.ReplayVariable), out int replay)
            ? (replay >= first && replay < first + 1_000 ? [replay] : [])
            : Enumerable.Range(first, count);

    private static string Secret(bool machine) => machine ? LicenseKey + Fingerprint : LicenseKey;

    /// <summary>What a throwing reader did: its result, its typed exception, or (a problem) anything else it threw.</summary>
    private static object Outcome<TException, TValue>(Func<TValue> read, string label, List<string> problems)
        where TException : KeygenVerificationException
    {
        try
        {
            return read()!;
        }
        catch (TException e)
        {
            return e;
        }
        catch (Exception e)
        {
            problems.Add($"{label}: threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return e;
        }
    }

    /// <summary>Runs a <c>Try…</c> method, which must not throw at all.</summary>
    private static object Try(Func<object> tryVerify)
    {
        try
        {
            return tryVerify();
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static void Agree(object tried, object thrown, string label, List<string> problems)
    {
        switch (tried)
        {
            case Exception e:
                problems.Add($"{label}: the Try method threw {e.GetType().Name}: {e.Message}");
                break;
            case VerificationResult<LicenseFileDataset> r:
                Compare(r.IsValid, r.FailureReason, thrown, label, problems);
                break;
            case VerificationResult<KeygenWebhookEvent> r:
                Compare(r.IsValid, r.FailureReason, thrown, label, problems);
                break;
            case VerificationResult<SignedLicenseKey> r:
                Compare(r.IsValid, r.FailureReason, thrown, label, problems);
                break;
        }
    }

    private static void Compare(bool valid, VerificationFailureReason? reason, object thrown, string label, List<string> problems)
    {
        var expected = thrown as KeygenVerificationException;
        if (valid == expected is not null || (!valid && reason != expected?.Reason))
        {
            problems.Add($"{label}: the Try method found {(valid ? "it valid" : reason)}, the throwing one {(expected is null ? thrown.GetType().Name : expected.Reason)}");
        }
    }

    /// <summary>Validates with Keygen unreachable and <paramref name="certificate"/> as the stored file: the outcome, or what was thrown.</summary>
    private static async Task<object> FallBackAsync(string certificate, bool machine)
    {
        var options = new KeygenClientOptions
        {
            Account = "fuzz",
            LicenseKey = LicenseKey,
            PublicKey = Signer.PublicKeyHex,
            Retry = KeygenRetryOptions.Disabled,
            HttpMessageHandler = new UnreachableHandler(),
            TimeProvider = new FakeTimeProvider(Now),
        };
        using var client = new KeygenClient(options);
        var licensing = new KeygenLicensing(client, new FixedFingerprint(), new KeygenLicensingOptions
        {
            Store = new MemoryStore(certificate),
            OfflineFile = machine ? OfflineFileKind.MachineFile : OfflineFileKind.LicenseFile,
        });
        try
        {
            return await licensing.ValidateAsync();
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} cases failed:\n" + string.Join("\n", problems.Take(15)));

    private static readonly string[][] LicensePaths =
    [
        ["data"], ["data", "type"], ["data", "id"], ["data", "attributes"], ["data", "attributes", "key"], ["data", "attributes", "status"],
        ["data", "attributes", "suspended"], ["data", "attributes", "maxMachines"], ["data", "attributes", "metadata"], ["data", "relationships"],
        ["meta"], ["meta", "issued"], ["meta", "expiry"], ["meta", "ttl"], ["included"], ["included", "0"], ["included", "0", "type"],
        ["included", "0", "attributes", "expirationStrategy"],
    ];

    private static readonly string[][] LicenseTimes = [["meta", "issued"], ["meta", "expiry"], ["data", "attributes", "expiry"], ["data", "attributes", "created"]];

    private static readonly string[][] MachinePaths =
    [
        ["data"], ["data", "attributes"], ["data", "attributes", "fingerprint"], ["meta"], ["meta", "issued"], ["meta", "ttl"],
        ["included"], ["included", "0"], ["included", "0", "type"], ["included", "0", "attributes"], ["included", "0", "attributes", "key"],
        ["included", "0", "attributes", "status"], ["included", "1", "attributes", "expirationStrategy"],
    ];

    private static readonly string[][] MachineTimes = [["meta", "issued"], ["meta", "expiry"], ["included", "0", "attributes", "expiry"]];

    private static readonly string[][] WebhookPaths =
    [
        ["data"], ["data", "type"], ["data", "id"], ["data", "attributes"], ["data", "attributes", "event"], ["data", "attributes", "payload"],
        ["data", "attributes", "status"], ["data", "meta"], ["data", "meta", "idempotencyToken"],
    ];

    private static readonly string[][] KeyPaths = [["account"], ["account", "id"], ["license"], ["license", "id"], ["user"]];

    private static JsonObject License(string key, string status = "ACTIVE") => new()
    {
        ["id"] = "0b4b1a9a-0ad2-4b52-8d4f-1b3b0a7c2e11",
        ["type"] = "licenses",
        ["attributes"] = new JsonObject
        {
            ["name"] = "Seat", ["key"] = key, ["expiry"] = "2027-01-01T00:00:00.000Z", ["status"] = status, ["uses"] = 0,
            ["suspended"] = false, ["maxMachines"] = 3, ["metadata"] = new JsonObject { ["tier"] = "pro" },
            ["created"] = "2025-01-01T00:00:00.000Z", ["updated"] = "2025-01-01T00:00:00.000Z",
        },
        ["relationships"] = new JsonObject { ["policy"] = new JsonObject { ["data"] = new JsonObject { ["type"] = "policies", ["id"] = "p1" } } },
    };

    private static JsonObject Policy() => new()
    {
        ["id"] = "p1", ["type"] = "policies", ["attributes"] = new JsonObject { ["expirationStrategy"] = "RESTRICT_ACCESS" },
    };

    private static JsonObject Meta() => new()
    {
        ["issued"] = "2025-12-31T23:00:00.000Z", ["expiry"] = "2026-01-31T23:00:00.000Z", ["ttl"] = 2_678_400,
    };

    private static JsonObject LicenseDataset() => new() { ["data"] = License(LicenseKey), ["included"] = new JsonArray(Policy()), ["meta"] = Meta() };

    private static JsonObject MachineDataset() => new()
    {
        ["data"] = new JsonObject
        {
            ["id"] = "m1", ["type"] = "machines",
            ["attributes"] = new JsonObject { ["fingerprint"] = Fingerprint, ["name"] = "fuzz", ["created"] = "2025-01-01T00:00:00.000Z" },
        },
        ["included"] = new JsonArray(License(LicenseKey), Policy()),
        ["meta"] = Meta(),
    };

    private static JsonObject WebhookEvent() => new()
    {
        ["data"] = new JsonObject
        {
            ["id"] = "e1", ["type"] = "webhook-events",
            ["attributes"] = new JsonObject
            {
                ["endpoint"] = "https://" + FuzzSigner.Host + FuzzSigner.Target, ["event"] = "license.created",
                ["payload"] = new JsonObject { ["data"] = License(LicenseKey) }.ToJsonString(), ["status"] = "DELIVERING",
                ["apiVersion"] = "1.8", ["created"] = "2025-12-31T23:59:00.000Z",
            },
            ["meta"] = new JsonObject { ["idempotencyToken"] = new string('a', 64) },
        },
    };

    private static JsonObject KeyDataset() => new()
    {
        ["account"] = new JsonObject { ["id"] = "a1" }, ["product"] = new JsonObject { ["id"] = "p1" }, ["user"] = null,
        ["license"] = new JsonObject { ["id"] = "l1", ["created"] = "2025-01-01T00:00:00.000Z", ["expiry"] = null },
    };

    private sealed class FixedFingerprint : IMachineFingerprintProvider
    {
        public string GetFingerprint() => Fingerprint;
    }

    /// <summary>Holds one stored certificate; removing it is allowed (the façade removes what Keygen refused).</summary>
    private sealed class MemoryStore(string? certificate) : ILicenseFileStore
    {
        public ValueTask<string?> ReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(certificate);

        public ValueTask WriteAsync(string text, CancellationToken cancellationToken)
        {
            certificate = text;
            return ValueTask.CompletedTask;
        }

        public ValueTask DeleteAsync(CancellationToken cancellationToken)
        {
            certificate = null;
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Every request fails as a refused connection does: Keygen is unreachable.</summary>
    private sealed class UnreachableHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (fuzz)");
    }
}

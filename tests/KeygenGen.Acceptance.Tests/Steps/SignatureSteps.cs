using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Verification;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// <c>the response should contain a valid signature header for "test1"</c>: <c>Digest</c> is the body's SHA-256, and
/// <c>Keygen-Signature</c> (keyid the account, headers <c>(request-target) host date digest</c>) verifies with the
/// account's key for its algorithm over the request as sent to <c>api.keygen.sh</c>. The legacy <c>X-Signature</c>
/// (RSA over the body) is checked as production Keygen sends it: only for accounts made before 2021-06-11 (Keygen's
/// test environment moves that date to 2552, so its suite expects it on every account).
/// </summary>
internal static partial class SignatureSteps
{
    private const string Family = "signatures";

    private static readonly DateTimeOffset LegacySignatureUntil = new(2021, 6, 11, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Algorithms = ["ed25519", "rsa-pss-sha256", "rsa-sha256", "ecdsa-p256"];

    public static void Register(StepLibrary steps) =>
        steps.Add(Family, @"the response should contain a valid(?: ""([^""]+)"")? signature header for ""([^""]+)""", (world, args) =>
            Verify(world, world.AccountNamed(args[2]), args.Optional(1)));

    private static void Verify(ScenarioWorld world, AccountData account, string? expectedAlgorithm)
    {
        var last = world.Http.Last;
        CheckLegacy(account, last);

        Expect.True(last.Headers.TryGetValue("Keygen-Signature", out var header), "no Keygen-Signature header", $"status {last.Status}");
        var match = SignatureHeader().Match(header!);
        Expect.True(match.Success, "malformed Keygen-Signature", header!);
        var (keyId, algorithm, signature, signed) = (match.Groups["keyid"].Value, match.Groups["algorithm"].Value, match.Groups["signature"].Value, match.Groups["headers"].Value);
        Expect.True(expectedAlgorithm is null ? Algorithms.Contains(algorithm) : algorithm == expectedAlgorithm,
            $"signature algorithm {algorithm}, expected {expectedAlgorithm ?? "a known one"}", header!);
        Expect.True(keyId == account.Id, "signature keyid is not the account", $"keyid {keyId}, account {account.Id}");
        Expect.True(signed == "(request-target) host date digest", "signed headers differ", signed);

        var digest = "sha-256=" + Convert.ToBase64String(SHA256.HashData(last.Bytes));
        Expect.True(last.Headers.GetValueOrDefault("Digest") == digest, "Digest header is not the body's", $"Digest: {last.Headers.GetValueOrDefault("Digest")}, body's: {digest}");
        var signingData = string.Join('\n',
            $"(request-target): {last.Method.ToLowerInvariant()} {last.Target}",
            "host: api.keygen.sh",
            $"date: {last.Headers.GetValueOrDefault("Date")}",
            $"digest: {digest}");
        var valid = Base64Url.TryDecode(signature) is { } bytes && AccountSignatures.Verify(account, algorithm, Encoding.UTF8.GetBytes(signingData), bytes);
        Expect.True(valid, $"{algorithm} signature does not verify", $"signing data:\n{signingData}");
    }

    private static void CheckLegacy(AccountData account, LastResponse last)
    {
        var created = Placeholders.RubyTime.Parse(account.Document["attributes"]?["created"]?.GetValue<string>());
        var legacy = last.Headers.GetValueOrDefault("X-Signature");
        if (created < LegacySignatureUntil)
        {
            var valid = legacy is not null && Base64Url.TryDecode(legacy) is { } bytes && AccountSignatures.RsaPkcs1(account, last.Bytes, bytes);
            Expect.True(valid, "legacy X-Signature missing or invalid", "accounts made before 2021-06-11 get an RSA X-Signature of the body");
        }
        else
        {
            Expect.True(legacy is null, "X-Signature sent to a new account", "production Keygen signs only accounts made before 2021-06-11 with X-Signature");
        }
    }

    [GeneratedRegex(@"\A(keyid=""(?<keyid>[^""]+)"")?(\s*,\s*)(algorithm=""(?<algorithm>[^""]+)"")(\s*,\s*)(signature=""(?<signature>[^""]+)"")(\s*,\s*)(headers=""(?<headers>[^""]+)"")(\s*;\s*)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureHeader();
}

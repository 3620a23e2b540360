using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Verification;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// License and machine files (<c>-----BEGIN LICENSE FILE-----</c>): the PEM-like frame, the signature over
/// <c>license/&lt;enc&gt;</c> with the account's key for the file's algorithm, and the document inside, base64-encoded
/// or AES-256-GCM-encrypted with the SHA-256 of the license key (plus the fingerprint for a machine file). Either as
/// the raw response body or as a <c>license-files</c>/<c>machine-files</c> resource's <c>certificate</c>.
/// </summary>
internal static class CertificateSteps
{
    private const string Family = "certificates";

    public static void Register(StepLibrary steps)
    {
        const string Raw = @"the response should be a ""([^""]+)"" certificate";
        steps.Add(Family, Raw + @" signed using ""([^""]+)""", (world, args) => Signed(world, args[1], world.Http.Last.Body, args[2]));
        steps.Add(Family, Raw + " with the following encoded data:", (world, args) =>
            Contains(world, Decoded(Payload(args[1], world.Http.Last.Body)), args.DocString));
        steps.Add(Family, Raw + " with the following encrypted data:", (world, args) =>
        {
            var secret = args[1].ToLowerInvariant() == "machine"
                ? Attribute(world, "licenses", 0, "key") + Attribute(world, "machines", 0, "fingerprint")
                : Attribute(world, "licenses", 0, "key");
            Contains(world, Decrypted(Payload(args[1], world.Http.Last.Body), secret), args.DocString);
        });
        steps.Add(Family, Raw, (world, args) => Payload(args[1], world.Http.Last.Body));

        const string Resource = @"the response body should be a ""([^""]+)"" with";
        steps.Add(Family, Resource + @" a certificate signed using ""([^""]+)""", (world, args) =>
        {
            var (type, certificate, _) = FileResource(world, args[1]);
            Signed(world, type, certificate, args[2]);
        });
        steps.Add(Family, Resource + " the following encoded certificate data:", (world, args) =>
        {
            var (type, certificate, algorithm) = FileResource(world, args[1]);
            Expect.True(algorithm.StartsWith("base64+", StringComparison.Ordinal), "the file is not base64-encoded", algorithm);
            Contains(world, Decoded(Payload(type, certificate)), args.DocString);
        });
        steps.Add(Family, Resource + " the following encrypted certificate data:", (world, args) =>
        {
            var (type, certificate, algorithm) = FileResource(world, args[1]);
            Expect.True(algorithm.StartsWith("aes-256-gcm+", StringComparison.Ordinal), "the file is not encrypted", algorithm);
            var relationships = world.Http.Last.Data["relationships"];
            var license = world.Account.Find("licenses", relationships?["license"]?["data"]?["id"]?.GetValue<string>() ?? string.Empty);
            var secret = JsonMatch.RubyString(license?["key"]);
            if (type == "machine")
            {
                var machine = world.Account.Find("machines", relationships?["machine"]?["data"]?["id"]?.GetValue<string>() ?? string.Empty);
                secret += JsonMatch.RubyString(machine?["fingerprint"]);
            }

            Contains(world, Decrypted(Payload(type, certificate), secret), args.DocString);
        });
    }

    /// <summary>The JSON inside the frame (<c>enc</c>, <c>sig</c>, <c>alg</c>); the step fails when the frame is wrong.</summary>
    private static JsonObject Payload(string type, string certificate)
    {
        var begin = $"-----BEGIN {type.ToUpperInvariant()} FILE-----\n";
        var end = $"-----END {type.ToUpperInvariant()} FILE-----\n";
        Expect.True(certificate.StartsWith(begin, StringComparison.Ordinal) && certificate.EndsWith(end, StringComparison.Ordinal),
            $"not a {type} file", certificate.Length > 120 ? certificate[..120] + "…" : certificate);
        var payload = certificate[begin.Length..^end.Length];
        return JsonNode.Parse(Convert.FromBase64String(payload.Replace("\n", string.Empty, StringComparison.Ordinal)))!.AsObject();
    }

    private static void Signed(ScenarioWorld world, string type, string certificate, string expectedAlgorithm)
    {
        var payload = Payload(type, certificate);
        var algorithm = payload["alg"]!.GetValue<string>();
        Expect.True(algorithm.EndsWith(expectedAlgorithm, StringComparison.Ordinal), $"file algorithm {algorithm}, expected …{expectedAlgorithm}", algorithm);
        var data = Encoding.UTF8.GetBytes(type.ToLowerInvariant() + "/" + payload["enc"]!.GetValue<string>());
        var signature = Convert.FromBase64String(payload["sig"]!.GetValue<string>());
        var family = new[] { "ed25519", "rsa-pss-sha256", "rsa-sha256", "ecdsa-p256" }.FirstOrDefault(a => algorithm.Contains(a, StringComparison.Ordinal));
        Expect.True(family is not null && AccountSignatures.Verify(world.Account, family, data, signature), $"{algorithm} file signature does not verify", algorithm);
    }

    private static JsonObject Decoded(JsonObject payload) =>
        JsonNode.Parse(Convert.FromBase64String(payload["enc"]!.GetValue<string>()))!.AsObject();

    /// <summary>AES-256-GCM with the SHA-256 of <paramref name="secret"/>; <c>enc</c> is ciphertext, IV and tag, each base64, joined by dots.</summary>
    private static JsonObject Decrypted(JsonObject payload, string secret)
    {
        var parts = payload["enc"]!.GetValue<string>().Split('.').Select(Convert.FromBase64String).ToArray();
        Expect.True(parts.Length == 3, "encrypted file is not ciphertext.iv.tag", payload["enc"]!.GetValue<string>());
        var (ciphertext, iv, tag) = (parts[0], parts[1], parts[2]);
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), tag.Length);
            aes.Decrypt(iv, ciphertext, tag, plaintext);
        }
        catch (CryptographicException error)
        {
            throw new StepFailedException("the file does not decrypt with the key", error.Message);
        }

        return JsonNode.Parse(plaintext)!.AsObject();
    }

    /// <summary>The suite's check of a file's document: data and meta deep-include what is expected; included too, or is absent.</summary>
    private static void Contains(ScenarioWorld world, JsonObject document, string docString)
    {
        var expected = JsonNode.Parse(PlaceholderExpander.Expand(docString, world))!.AsObject();
        foreach (var part in new[] { "data", "meta" })
        {
            if (expected[part] is { } wanted && !IsBlank(wanted))
            {
                Expect.Matches(JsonMatch.DeepIncludes(document[part], wanted, part), "file " + part);
            }
        }

        if (expected["included"] is JsonArray included && included.Count > 0)
        {
            foreach (var item in included)
            {
                Expect.Matches(JsonMatch.DeepIncludes(document["included"], new JsonArray(item!.DeepClone()), "included"), "file included");
            }
        }
        else
        {
            Expect.True(document["included"] is null, "the file has included resources", JsonMatch.Show(document["included"]));
        }
    }

    private static bool IsBlank(JsonNode node) => node is JsonObject { Count: 0 } or JsonArray { Count: 0 };

    private static (string Type, string Certificate, string Algorithm) FileResource(ScenarioWorld world, string name)
    {
        var data = world.Http.Last.Data;
        Expect.Type(data, name);
        var type = data["type"]!.GetValue<string>().Replace("-files", string.Empty, StringComparison.Ordinal);
        return (type, JsonMatch.RubyString(data["attributes"]?["certificate"]), JsonMatch.RubyString(data["attributes"]?["algorithm"]));
    }

    private static string Attribute(ScenarioWorld world, string type, int index, string attribute) =>
        JsonMatch.RubyString(ScenarioWorld.Pick(world.Account.List(type), index.ToString(System.Globalization.CultureInfo.InvariantCulture), type)[attribute]);
}

using System;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Verification;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Signed and encrypted license keys of every scheme, checked with the account's public keys the way the suite's
/// steps check them: what the key carries, and that its signature verifies; and the legacy activation proofs.
/// </summary>
internal static class KeySchemeSteps
{
    private const string Family = "key schemes";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"the response body should (?:contain|be) an? ""([^""]*)"" with (?:the|an?) (?:encrypted|signed|JWT) key (?:of )?(?:""([^""]*)""|'([^']*)') using ""([^""]*)""", (world, args) =>
        {
            var data = world.Http.Last.Data;
            Expect.Type(data, args[1]);
            var expected = args.Optional(2) ?? args[3];
            var key = JsonMatch.RubyString(data["attributes"]?["key"]);
            var (carried, valid) = Open(world.Account, args[4], key);
            if (args[4] == "RSA_2048_JWT_RS256")
            {
                Expect.Matches(JsonMatch.Equal(JsonNode.Parse(carried ?? "null"), JsonNode.Parse(expected)), "JWT claims");
            }
            else
            {
                Expect.True(carried == expected, "the key carries another value", $"key carries \"{carried}\", expected \"{expected}\"");
            }

            Expect.True(valid, $"{args[4]} key does not verify", key);
        });
        steps.Add(Family, @"the response body should a ""license"" that contains a valid ""([^""]*)"" key with the following dataset:", (world, args) =>
        {
            var data = world.Http.Last.Data;
            Expect.Type(data, "license");
            var (carried, valid) = Open(world.Account, args[1], JsonMatch.RubyString(data["attributes"]?["key"]));
            Expect.True(valid, $"{args[1]} key does not verify", carried ?? "(nothing)");
            Expect.Matches(JsonMatch.Includes(JsonNode.Parse(carried!), JsonNode.Parse(PlaceholderExpander.Expand(args.DocString, world))), "key dataset");
        });
        steps.Add(Family, "the response body should be meta that contains a valid activation proof of the following dataset:", (world, args) =>
        {
            var proof = JsonMatch.RubyString(world.Http.Last.Json["meta"]?["proof"]);
            var (signingData, signature) = Split(proof);
            var (prefix, encoded) = Split(signingData, '/');
            var dataset = Encoding.UTF8.GetString(Base64Url.Decode(encoded));
            Expect.Matches(JsonMatch.Includes(JsonNode.Parse(dataset), JsonNode.Parse(PlaceholderExpander.Expand(args.DocString, world))), "proof dataset");
            Expect.True(prefix == "proof", "proof prefix differs", prefix);
            Expect.True(AccountSignatures.RsaPkcs1(world.Account, Encoding.UTF8.GetBytes("proof/" + encoded), Base64Url.Decode(signature)), "activation proof does not verify", proof);
        });
    }

    /// <summary>What a key of <paramref name="scheme"/> carries (its dataset), and whether its signature or encryption checks out.</summary>
    private static (string? Carried, bool Valid) Open(AccountData account, string scheme, string key)
    {
        switch (scheme)
        {
            case "RSA_2048_PKCS1_ENCRYPT":
                var decrypted = Base64Url.TryDecode(key) is { } encrypted ? AccountSignatures.RsaPublicDecrypt(account, encrypted) : null;
                return (decrypted is null ? null : Encoding.UTF8.GetString(decrypted), decrypted is not null);
            case "RSA_2048_PKCS1_SIGN" or "RSA_2048_PKCS1_PSS_SIGN":
            {
                var (encodedKey, encodedSignature) = Split(key);
                var bytes = Base64Url.Decode(encodedKey);
                var signature = Base64Url.Decode(encodedSignature);
                var valid = scheme.Contains("PSS", StringComparison.Ordinal)
                    ? AccountSignatures.RsaPss(account, bytes, signature)
                    : AccountSignatures.RsaPkcs1(account, bytes, signature);
                return (Encoding.UTF8.GetString(bytes), valid);
            }

            case "RSA_2048_JWT_RS256":
            {
                var parts = key.Split('.');
                if (parts.Length != 3)
                {
                    return (null, false);
                }

                var header = JsonNode.Parse(Base64Url.Decode(parts[0]));
                var valid = JsonMatch.Equal(header, new JsonObject { ["alg"] = "RS256" }) is null
                    && AccountSignatures.RsaPkcs1(account, Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]), Base64Url.Decode(parts[2]));
                return (Encoding.UTF8.GetString(Base64Url.Decode(parts[1])), valid);
            }

            case "RSA_2048_PKCS1_SIGN_V2" or "RSA_2048_PKCS1_PSS_SIGN_V2" or "ED25519_SIGN" or "ECDSA_P256_SIGN":
            {
                var (signingData, encodedSignature) = Split(key);
                var (prefix, encodedKey) = Split(signingData, '/');
                var data = Encoding.UTF8.GetBytes("key/" + encodedKey);
                var signature = Base64Url.Decode(encodedSignature);
                var valid = prefix == "key" && scheme switch
                {
                    "RSA_2048_PKCS1_SIGN_V2" => AccountSignatures.RsaPkcs1(account, data, signature),
                    "RSA_2048_PKCS1_PSS_SIGN_V2" => AccountSignatures.RsaPss(account, data, signature),
                    "ED25519_SIGN" => AccountSignatures.Ed25519(account, data, signature),
                    _ => AccountSignatures.Ecdsa(account, data, signature),
                };
                return (Encoding.UTF8.GetString(Base64Url.Decode(encodedKey)), valid);
            }

            default:
                throw new InvalidOperationException("unknown encryption scheme " + scheme);
        }
    }

    private static (string Left, string Right) Split(string text, char separator = '.')
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        return index < 0 ? (text, string.Empty) : (text[..index], text[(index + 1)..]);
    }
}

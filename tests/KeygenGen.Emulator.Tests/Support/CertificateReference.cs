using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Tests.Support;

/// <summary>
/// Reads an Ed25519-signed license or machine file with nothing but the format of keygen-api.md §1.17, the test's own
/// Ed25519 verifier and the platform's AES-GCM, so the emulator's files are checked by code that shares nothing with
/// the SDK's <c>LicenseFileReader</c>.
/// </summary>
internal static partial class CertificateReference
{
    /// <summary>The decoded <c>{enc, sig, alg}</c> of the armour, and its kind (<c>LICENSE</c> or <c>MACHINE</c>).</summary>
    public static (string Kind, JsonNode Envelope) Open(string certificate)
    {
        var match = Armour().Match(certificate);
        if (!match.Success)
        {
            throw new FormatException("Not an armoured license or machine file.");
        }

        var json = Convert.FromBase64String(match.Groups["body"].Value.Replace("\n", string.Empty, StringComparison.Ordinal));
        return (match.Groups["kind"].Value, JsonNode.Parse(json)!);
    }

    /// <summary>Verifies the signature over <c>&lt;kind&gt;/&lt;enc&gt;</c>; returns the dataset, decrypted with SHA-256(<paramref name="secret"/>) when encrypted.</summary>
    public static JsonNode Read(string certificate, string publicKeyHex, string secret)
    {
        var (kind, envelope) = Open(certificate);
        var enc = envelope["enc"]!.GetValue<string>();
        var signed = Encoding.UTF8.GetBytes(kind.ToLowerInvariant() + "/" + enc);
        if (!Ed25519Reference.Verify(Convert.FromHexString(publicKeyHex), signed, Convert.FromBase64String(envelope["sig"]!.GetValue<string>())))
        {
            throw new CryptographicException("The file's signature does not verify.");
        }

        var alg = envelope["alg"]!.GetValue<string>();
        return JsonNode.Parse(alg.StartsWith("aes-256-gcm+", StringComparison.Ordinal) ? Decrypt(enc, secret) : Convert.FromBase64String(enc))!;
    }

    private static byte[] Decrypt(string enc, string secret)
    {
        var parts = enc.Split('.');
        var (ciphertext, nonce, tag) = (Convert.FromBase64String(parts[0]), Convert.FromBase64String(parts[1]), Convert.FromBase64String(parts[2]));
        using var aes = new AesGcm(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), tag.Length);
        var plaintext = new byte[ciphertext.Length];
        aes.Decrypt(nonce, ciphertext, tag, plaintext);
        return plaintext;
    }

    [GeneratedRegex(@"\A-----BEGIN (?<kind>LICENSE|MACHINE) FILE-----\n(?<body>[A-Za-z0-9+/=\n]+)\n-----END \k<kind> FILE-----\n\z")]
    private static partial Regex Armour();
}

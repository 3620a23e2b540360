using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Signing;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// Writes a license or machine file as Keygen's AbstractCheckoutService does: <c>enc</c> is the dataset in strict
/// base64, or AES-256-GCM encrypted (key SHA-256 of the secret, random 12-byte IV, no associated data) as
/// <c>base64(ciphertext).base64(iv).base64(tag)</c>; <c>sig</c> signs <c>&lt;prefix&gt;/&lt;enc&gt;</c>; the JSON
/// <c>{enc, sig, alg}</c> is armoured in MIME base64 (60-character lines, Ruby's <c>Base64.encode64</c>).
/// </summary>
internal static class Certificate
{
    private const int LineLength = 60;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    public static string Issue(CheckoutKind kind, CheckoutOptions options, byte[] dataset, string secret, AccountKeys keys)
    {
        var enc = options.Encrypted ? Encrypt(dataset, secret) : Convert.ToBase64String(dataset);
        var sig = keys.Sign(options.Signing, kind.SignedPrefix + "/" + enc);
        var document = new JsonObject { ["enc"] = enc, ["sig"] = sig, ["alg"] = options.Algorithm };
        var armoured = Lines(Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonValues.Serialize(document))));
        return $"-----BEGIN {kind.Armour} FILE-----\n{armoured}\n-----END {kind.Armour} FILE-----\n";
    }

    private static string Encrypt(byte[] plaintext, string secret)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagLength];
        using (var aes = new AesGcm(key, TagLength))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        return string.Join('.', new[] { ciphertext, nonce, tag }.Select(Convert.ToBase64String));
    }

    private static string Lines(string base64) =>
        string.Join('\n', Enumerable.Range(0, (base64.Length + LineLength - 1) / LineLength)
            .Select(line => base64.Substring(line * LineLength, Math.Min(LineLength, base64.Length - (line * LineLength)))));
}

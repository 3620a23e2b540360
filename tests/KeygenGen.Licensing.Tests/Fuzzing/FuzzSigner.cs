using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Signatures;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace KeygenGen.Licensing.Tests.Fuzzing;

/// <summary>
/// Signs whatever the fuzzer makes with a fresh Ed25519 key, as Keygen would: license and machine files (base64 or
/// AES-256-GCM), webhook deliveries and ED25519_SIGN keys. Written here, independently of the SDK's readers, so that the
/// corruptions reach the code behind the signature check.
/// </summary>
internal sealed class FuzzSigner
{
    public const string Host = "hooks.example.com";
    public const string Target = "/keygen/events";

    private readonly Ed25519PrivateKeyParameters _key;

    public FuzzSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        _key = (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
    }

    public string PublicKeyHex => Convert.ToHexStringLower(_key.GeneratePublicKey().GetEncoded());

    public KeygenPublicKeys PublicKeys => new(Ed25519PublicKey.Parse(PublicKeyHex));

    /// <summary>A certificate of <paramref name="dataset"/>, encrypted with SHA-256(<paramref name="secret"/>) unless it is null.</summary>
    public string Certificate(string kind, byte[] dataset, string? secret)
    {
        string enc = secret is null ? Convert.ToBase64String(dataset) : Encrypt(dataset, secret);
        string alg = (secret is null ? "base64" : "aes-256-gcm") + "+ed25519";
        string sig = Convert.ToBase64String(Sign(Encoding.UTF8.GetBytes(kind + "/" + enc)));
        var json = new JsonObject { ["enc"] = enc, ["sig"] = sig, ["alg"] = alg }.ToJsonString();
        string label = kind == "license" ? "LICENSE FILE" : "MACHINE FILE";
        return $"-----BEGIN {label}-----\n{Convert.ToBase64String(Encoding.UTF8.GetBytes(json))}\n-----END {label}-----\n";
    }

    /// <summary>A webhook delivery of <paramref name="body"/> to https://<see cref="Host"/><see cref="Target"/>, signed at <paramref name="date"/>.</summary>
    public SignedHttpMessage Delivery(byte[] body, DateTimeOffset date)
    {
        string digest = "sha-256=" + Convert.ToBase64String(SHA256.HashData(body));
        string dateText = date.ToString("r");
        string signing = $"(request-target): post {Target}\nhost: {Host}\ndate: {dateText}\ndigest: {digest}";
        string signature = $"keyid=\"fuzz\", algorithm=\"ed25519\", signature=\"{Convert.ToBase64String(Sign(Encoding.UTF8.GetBytes(signing)))}\", headers=\"(request-target) host date digest\"";
        return new SignedHttpMessage("POST", Target, Host, new SignatureHeaders(signature, dateText, digest), body);
    }

    /// <summary>An ED25519_SIGN key over <paramref name="dataset"/>: <c>key/base64url(dataset).base64url(signature)</c>.</summary>
    public string SignedKey(byte[] dataset)
    {
        string signed = "key/" + Base64UrlPadded(dataset);
        return signed + "." + Base64UrlPadded(Sign(Encoding.UTF8.GetBytes(signed)));
    }

    private static string Base64UrlPadded(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    private static string Encrypt(byte[] plaintext, string secret)
    {
        byte[] key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        byte[] nonce = RandomNumberGenerator.GetBytes(12);
        byte[] ciphertext = new byte[plaintext.Length];
        byte[] tag = new byte[16];
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, plaintext, ciphertext, tag);
        return $"{Convert.ToBase64String(ciphertext)}.{Convert.ToBase64String(nonce)}.{Convert.ToBase64String(tag)}";
    }

    private byte[] Sign(byte[] data)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }
}

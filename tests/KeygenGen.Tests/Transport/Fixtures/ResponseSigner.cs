using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>Signs test-server responses the way Keygen does (Ed25519 over request target, host, date and digest), with a fresh key.</summary>
public sealed class ResponseSigner
{
    private readonly Ed25519PrivateKeyParameters _privateKey;

    public ResponseSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        _privateKey = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyHex = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    public string PublicKeyHex { get; }

    /// <summary>A signed JSON:API answer; <paramref name="sentBody"/> replaces the body after signing, to simulate tampering.</summary>
    public Reply Signed(int status, string body, string? sentBody = null) =>
        (context, request) =>
        {
            string digest = "sha-256=" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            string date = DateTimeOffset.UtcNow.ToString("R");
            string target = request.Method.ToLowerInvariant() + " " + request.Path + (request.RawQuery.Length > 0 ? "?" + request.RawQuery : string.Empty);
            byte[] signingString = Encoding.UTF8.GetBytes($"(request-target): {target}\nhost: 127.0.0.1\ndate: {date}\ndigest: {digest}");
            var signer = new Ed25519Signer();
            signer.Init(true, _privateKey);
            signer.BlockUpdate(signingString, 0, signingString.Length);
            string signature = Convert.ToBase64String(signer.GenerateSignature());
            return Replies.Json(
                status,
                sentBody ?? body,
                ("Date", date),
                ("Digest", digest),
                ("Keygen-Signature", $"keyid=\"acme\", algorithm=\"ed25519\", signature=\"{signature}\", headers=\"(request-target) host date digest\""))(context, request);
        };
}

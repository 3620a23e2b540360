using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Every account response is signed like Keygen's, and the signature binds body, date, method, path and host.</summary>
public sealed class SignatureTests
{
    [Fact]
    public async Task SignatureVerifiesAndFailsWhenAnyCoveredPartChanges()
    {
        await using var session = await EmulatorSession.StartAsync();
        var key = session.Emulator.PublicKeyHex;
        var target = session.PathOf("/products?limit=3&b=%5Bx%5D");

        var response = await session.SendRawAsync(HttpMethod.Get, target, null);

        Assert.Equal(200, response.Code);
        Assert.True(ResponseSignatures.Verify(key, response, "GET", target, "127.0.0.1"));
        Assert.False(ResponseSignatures.Verify(key, response, "GET", target, "127.0.0.1", body: Encoding.UTF8.GetBytes("{\"data\":[1]}")));
        Assert.False(ResponseSignatures.Verify(key, response, "GET", target, "127.0.0.1", date: "Mon, 01 Jan 2024 00:00:00 GMT"));
        Assert.False(ResponseSignatures.Verify(key, response, "POST", target, "127.0.0.1"));
        Assert.False(ResponseSignatures.Verify(key, response, "GET", session.PathOf("/products?limit=3"), "127.0.0.1"));
        Assert.False(ResponseSignatures.Verify(key, response, "GET", target, "localhost"));
        Assert.False(ResponseSignatures.Verify(key, response, "GET", target, $"127.0.0.1:{session.Emulator.BaseUrl.Port}"));
    }

    [Fact]
    public async Task HeadersMatchKeygensFormat()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.GetAsync("/products");

        var digest = response.Header("Digest");
        Assert.Equal("sha-256=" + Convert.ToBase64String(SHA256.HashData(response.Body)), digest);
        Assert.Equal(digest, response.Header("Keygen-Digest"));
        Assert.Equal(response.Header("Date"), response.Header("Keygen-Date"));
        Assert.Matches(
            new Regex($"^keyid=\"{session.Emulator.AccountId}\", algorithm=\"ed25519\", signature=\"[A-Za-z0-9+/=]+\", headers=\"\\(request-target\\) host date digest\"$"),
            response.Header("Keygen-Signature")!);
    }

    [Fact]
    public async Task ErrorsAndEmptyBodiesAreSignedToo()
    {
        await using var session = await EmulatorSession.StartAsync();
        var key = session.Emulator.PublicKeyHex;
        var productId = await session.ProductAsync();

        var unauthorized = await session.GetAsync("/products", As.Bearer("nope"));
        var missing = await session.GetAsync("/products/" + Guid.NewGuid());
        var deleted = await session.DeleteAsync("/products/" + productId);

        Assert.Equal(401, unauthorized.Code);
        Assert.True(ResponseSignatures.Verify(key, unauthorized, "GET", session.PathOf("/products"), "127.0.0.1"));
        Assert.Equal(404, missing.Code);
        Assert.True(ResponseSignatures.Verify(key, missing, "GET", missing.Message.RequestMessage!.RequestUri!.PathAndQuery, "127.0.0.1"));
        Assert.Equal(204, deleted.Code);
        Assert.Empty(deleted.Body);
        Assert.Equal("sha-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", deleted.Header("Digest"));
        Assert.True(ResponseSignatures.Verify(key, deleted, "DELETE", session.PathOf("/products/" + productId), "127.0.0.1"));
    }

    [Fact]
    public async Task ResponsesKeygensMiddlewareAnswersAreNotSigned()
    {
        await using var session = await EmulatorSession.StartAsync();

        var badJson = await session.PostAsync("/products", "{\"data\":");
        var unknownRoute = await session.GetAsync("/nothing-here");

        Assert.Equal(400, badJson.Code);
        Assert.Equal("JSON_INVALID", badJson.ErrorCode);
        Assert.Null(badJson.Json!["meta"]);
        Assert.Null(badJson.Header("Keygen-Signature"));
        Assert.Equal(404, unknownRoute.Code);
        Assert.Null(unknownRoute.Header("Keygen-Signature"));
    }

    [Theory]
    [InlineData("rsa-sha256")]
    [InlineData("rsa-pss-sha256")]
    [InlineData("ecdsa-p256")]
    public async Task OtherAlgorithmsVerifyWithTheKeysInTheAccountMeta(string algorithm)
    {
        await using var session = await EmulatorSession.StartAsync();
        var meta = (await session.GetAsync(string.Empty)).Data["meta"]!["keys"]!;
        var target = session.PathOf("/products");

        var response = await session.SendRawAsync(HttpMethod.Get, target, null, configure: r => r.Headers.Add("Keygen-Accept-Signature", $"algorithm=\"{algorithm}\""));

        var header = response.Header("Keygen-Signature")!;
        Assert.Contains($"algorithm=\"{algorithm}\"", header, StringComparison.Ordinal);
        var signature = Convert.FromBase64String(Regex.Match(header, "signature=\"([^\"]+)\"").Groups[1].Value);
        var signed = Encoding.UTF8.GetBytes($"(request-target): get {target}\nhost: 127.0.0.1\ndate: {response.Header("Keygen-Date")}\ndigest: {response.Header("Digest")}");
        var pem = Encoding.UTF8.GetString(Convert.FromBase64String(meta[algorithm.StartsWith("ecdsa", StringComparison.Ordinal) ? "ecdsa" : "rsa2048"]!.GetValue<string>()));
        Assert.True(VerifyWithPlatform(algorithm, pem, signed, signature));
        signed[^1] ^= 1;
        Assert.False(VerifyWithPlatform(algorithm, pem, signed, signature));
    }

    [Fact]
    public async Task MalformedOrUnknownAcceptSignatureIsABadRequest()
    {
        await using var session = await EmulatorSession.StartAsync();

        var malformed = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Accept-Signature", "nonsense"));
        var unsupported = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Accept-Signature", "algorithm=\"md5\""));

        Assert.Equal(400, malformed.Code);
        Assert.Equal("invalid accept-signature header (malformed)", malformed.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(400, unsupported.Code);
        Assert.Equal("invalid accept-signature header (unsupported algorithm)", unsupported.FirstError["detail"]!.GetValue<string>());
    }

    private static bool VerifyWithPlatform(string algorithm, string pem, byte[] data, byte[] signature)
    {
        if (algorithm == "ecdsa-p256")
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return algorithm == "rsa-pss-sha256"
            ? VerifyPssWithMaximumSalt(rsa.ExportParameters(false), data, signature)
            : rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>
    /// Keygen signs RSA-PSS with the maximum salt length (OpenSSL's <c>salt_length: :max</c>), which the platform
    /// verifier does not accept (it expects a digest-sized salt), so this check uses a PSS verifier told the salt size.
    /// </summary>
    private static bool VerifyPssWithMaximumSalt(RSAParameters key, byte[] data, byte[] signature)
    {
        var publicKey = new Org.BouncyCastle.Crypto.Parameters.RsaKeyParameters(
            false,
            new Org.BouncyCastle.Math.BigInteger(1, key.Modulus),
            new Org.BouncyCastle.Math.BigInteger(1, key.Exponent));
        var verifier = new Org.BouncyCastle.Crypto.Signers.PssSigner(
            new Org.BouncyCastle.Crypto.Engines.RsaEngine(), new Org.BouncyCastle.Crypto.Digests.Sha256Digest(), (2048 / 8) - 32 - 2);
        verifier.Init(false, publicKey);
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }
}

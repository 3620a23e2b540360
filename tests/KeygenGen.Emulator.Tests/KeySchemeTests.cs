using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Signed and encrypted license keys verify (or decrypt) with the public keys the account publishes.</summary>
public sealed class KeySchemeTests
{
    [Theory]
    [InlineData("RSA_2048_PKCS1_SIGN_V2")]
    [InlineData("RSA_2048_PKCS1_SIGN")]
    [InlineData("ECDSA_P256_SIGN")]
    [InlineData("RSA_2048_JWT_RS256")]
    public async Task SignedKeysVerifyWithThePublishedKeys(string scheme)
    {
        await using var session = await EmulatorSession.StartAsync();
        var keys = (await session.GetAsync(string.Empty)).Data["meta"]!["keys"]!;
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["scheme"] = scheme }));
        var key = license.Attributes["key"]!.GetValue<string>();

        var (signed, signature, dataset) = Split(scheme, key);

        Assert.True(Verify(scheme, keys, signed, signature));
        signed[^1] ^= 1;
        Assert.False(Verify(scheme, keys, signed, signature));
        var claims = JsonNode.Parse(dataset)!;
        var licenseId = scheme == "RSA_2048_JWT_RS256" ? claims["sub"] : claims["license"]!["id"];
        Assert.Equal(license.Id, licenseId!.GetValue<string>());
    }

    [Fact]
    public async Task TemplatesFillInTheLicenseFields()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync(new JsonObject { ["scheme"] = "ED25519_SIGN" });

        var license = await session.LicenseAsync(policyId, new JsonObject { ["key"] = "{\"id\":\"{{id}}\",\"policy\":\"{{policy}}\"}" });

        var key = license.Attributes["key"]!.GetValue<string>();
        var dataset = JsonNode.Parse(Base64Url(key[4..key.LastIndexOf('.')]))!;
        Assert.Equal(license.Id, dataset["id"]!.GetValue<string>());
        Assert.Equal(policyId, dataset["policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task LegacyEncryptionIsRefused()
    {
        await using var session = await EmulatorSession.StartAsync();
        var productId = await session.ProductAsync();

        var response = await session.PostAsync("/policies", Json.Resource("policies",
            new JsonObject { ["name"] = "Legacy", ["encrypted"] = true }, Json.Relationship("product", "products", productId)));

        Assert.Equal(422, response.Code);
        Assert.Equal("SCHEME_NOT_SUPPORTED", response.ErrorCode);
    }

    private static (byte[] Signed, byte[] Signature, byte[] Dataset) Split(string scheme, string key)
    {
        if (scheme == "RSA_2048_JWT_RS256")
        {
            var parts = key.Split('.');
            return (Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]), Base64Url(parts[1]));
        }

        var dot = key.LastIndexOf('.');
        var signedText = key[..dot];
        var encodedDataset = signedText.StartsWith("key/", StringComparison.Ordinal) ? signedText[4..] : signedText;
        var signed = scheme == "RSA_2048_PKCS1_SIGN" ? Base64Url(signedText) : Encoding.UTF8.GetBytes(signedText);
        return (signed, Base64Url(key[(dot + 1)..]), Base64Url(encodedDataset));
    }

    private static bool Verify(string scheme, JsonNode keys, byte[] data, byte[] signature)
    {
        if (scheme == "ECDSA_P256_SIGN")
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(Pem(keys, "ecdsa"));
            return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(Pem(keys, "rsa2048"));
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static string Pem(JsonNode keys, string name) => Encoding.UTF8.GetString(Convert.FromBase64String(keys[name]!.GetValue<string>()));

    private static byte[] Base64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '='));
    }
}

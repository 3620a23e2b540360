using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Keygen.Licensing;
using Keygen.Signatures;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Every signed-key scheme the SDK verifies offline: the emulator's keys verify with the account's published keys.</summary>
public sealed class SignedKeyRoundTripTests
{
    [Theory]
    [InlineData("ED25519_SIGN")]
    [InlineData("RSA_2048_PKCS1_SIGN_V2")]
    [InlineData("RSA_2048_PKCS1_PSS_SIGN_V2")]
    [InlineData("RSA_2048_PKCS1_ENCRYPT")]
    [InlineData("RSA_2048_JWT_RS256")]
    public async Task TheSdkVerifiesTheEmulatorsKeysAndReadsTheirDataset(string scheme)
    {
        await using var session = await EmulatorSession.StartAsync();
        var keys = (await session.GetAsync(string.Empty)).Data["meta"]!["keys"]!;
        var verifier = new SignedLicenseKeyVerifier(KeygenPublicKeys.Parse(keys["ed25519"]!.GetValue<string>(), keys["rsa2048"]!.GetValue<string>()));
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["scheme"] = scheme }));
        var key = license.Attributes["key"]!.GetValue<string>();

        var verified = verifier.Verify(key, scheme);

        var dataset = verified.DatasetJson!.Value;
        var licenseId = scheme switch
        {
            "RSA_2048_JWT_RS256" => dataset.GetProperty("sub"),
            "RSA_2048_PKCS1_ENCRYPT" => dataset.GetProperty("id"),
            _ => dataset.GetProperty("license").GetProperty("id"),
        };
        Assert.Equal(license.Id, licenseId.GetString());
        var forged = Assert.Throws<SignedLicenseKeyException>(() => verifier.Verify(Tamper(key), scheme));
        Assert.Contains(forged.Reason, new[] { VerificationFailureReason.SignatureInvalid, VerificationFailureReason.MalformedInput });
    }

    /// <summary>Changes one character of the signed part (or of the whole block for the encrypted scheme).</summary>
    private static string Tamper(string key)
    {
        var index = key.Length / 3;
        return key[..index] + (key[index] == 'A' ? 'B' : 'A') + key[(index + 1)..];
    }
}

using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The legacy offline proof of a machine: an RSA-SHA256 signature over its base64url dataset, verifiable with the account's RSA key.</summary>
public sealed class MachineProofTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task TheProofIsSignedWithTheAccountsRsaKeyOverTheDefaultOrGivenDataset()
    {
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;
        var fingerprint = Names.Unique("fp");
        var machine = (await Session.ActivateAsync(license, fingerprint)).Id;
        var account = await Session.GetAsync(string.Empty);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(Encoding.UTF8.GetString(Convert.FromBase64String(account.Data["meta"]!["keys"]!["rsa2048"]!.GetValue<string>())));

        var byDefault = await Session.PostAsync($"/machines/{machine}/actions/generate-offline-proof");
        var given = await Session.PostAsync($"/machines/{fingerprint}/actions/generate-offline-proof", Json.Meta(new JsonObject { ["dataset"] = new JsonObject { ["seatCount"] = 3 } }));

        Assert.Equal(machine, byDefault.Id);
        var defaultDataset = Verified(rsa, byDefault.Json!["meta"]!["proof"]!.GetValue<string>());
        Assert.Equal(fingerprint, defaultDataset["machine"]!["fingerprint"]!.GetValue<string>());
        Assert.Equal(license, defaultDataset["license"]!["id"]!.GetValue<string>());
        Assert.Equal(3, Verified(rsa, given.Json!["meta"]!["proof"]!.GetValue<string>())["seat_count"]!.GetValue<int>());
    }

    /// <summary>Checks <c>proof/&lt;data&gt;.&lt;signature&gt;</c> and answers the dataset.</summary>
    private static JsonNode Verified(RSA rsa, string proof)
    {
        var dot = proof.LastIndexOf('.');
        var signing = proof[..dot];
        var signature = Convert.FromBase64String(proof[(dot + 1)..].Replace('-', '+').Replace('_', '/'));
        Assert.StartsWith("proof/", signing, StringComparison.Ordinal);
        Assert.True(rsa.VerifyData(Encoding.UTF8.GetBytes(signing), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var data = Convert.FromBase64String(signing["proof/".Length..].Replace('-', '+').Replace('_', '/'));
        return JsonNode.Parse(data)!;
    }
}

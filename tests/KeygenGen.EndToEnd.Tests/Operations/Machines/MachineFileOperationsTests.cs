using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Licensing;
using Keygen.Signatures;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Machines;

/// <summary>A machine offline: machine-file check-out (resource and raw download) and the legacy RSA-signed offline proof.</summary>
public sealed class MachineFileOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    private LicenseFileReader Reader => Emulator.LicenseFileReader();

    [Fact]
    [Covers("machines.checkOut", "machines.downloadMachineFile")]
    public Task A_machine_file_is_bound_to_its_license_key_and_fingerprint_in_both_forms() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();
        var machine = await Keygen.ActivateAsync(license.Id, "fp-offline");

        var file = await Keygen.Machines.CheckOutAsync(machine.Id, new CheckOutMachineRequest { Encrypt = true, Include = [MachineFileInclude.License] });
        var dataset = Reader.ReadMachineFile(file.Certificate, license.Key, "fp-offline");
        var downloaded = Encoding.UTF8.GetString(await Keygen.Machines.DownloadMachineFileAsync("fp-offline", new DownloadMachineFileRequest { Ttl = 3600 }));
        var plain = Reader.ReadMachineFile(downloaded, license.Key, "fp-offline");

        Assert.Equal((machine.Id, license.Id), (file.MachineId, file.LicenseId));
        Assert.Equal(CheckoutAlgorithm.Aes256GcmEd25519, file.Algorithm);
        Assert.StartsWith("-----BEGIN MACHINE FILE-----", file.Certificate, StringComparison.Ordinal);
        Assert.Equal(machine.Id, dataset.Data.GetProperty("id").GetString());
        Assert.Equal(license.Id, Assert.Single(dataset.IncludedOfType("licenses")).GetProperty("id").GetString());
        Assert.Throws<LicenseFileException>(() => Reader.ReadMachineFile(file.Certificate, license.Key, "fp-elsewhere"));
        Assert.StartsWith("-----BEGIN MACHINE FILE-----", downloaded, StringComparison.Ordinal);
        Assert.Equal(("fp-offline", TimeSpan.FromHours(1)), (plain.Data.GetProperty("attributes").GetProperty("fingerprint").GetString(), plain.Ttl));
        Assert.NotNull((await Keygen.Machines.GetAsync(machine.Id)).LastCheckOut);
    });

    [Fact]
    [Covers("machines.generateOfflineProof")]
    public Task An_offline_proof_is_the_machine_dataset_signed_with_the_accounts_rsa_key() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();
        var machine = await Keygen.ActivateAsync(license.Id, "fp-proof");
        var keys = (await Keygen.Accounts.GetAsync()).PublicKeys!;
        var verifier = new OfflineProofVerifier(KeygenPublicKeys.Parse(keys.Ed25519, keys.Rsa2048));

#pragma warning disable CS0618 // generate-offline-proof is deprecated in favour of machine files; it must still work.
        var generated = await Keygen.Machines.GenerateOfflineProofAsync(machine.Id);
        var custom = await Keygen.Machines.GenerateOfflineProofAsync(machine.Id, new GenerateMachineOfflineProofRequest { Dataset = new JsonObject { ["seat"] = 3 } });
#pragma warning restore CS0618
        var proof = verifier.Verify(generated.Proof);
        var (signed, signature) = Split(generated.Proof);

        Assert.Equal(machine.Id, generated.Machine!.Id);
        Assert.Equal((machine.Id, "fp-proof", machine.Created), (proof.MachineId, proof.MachineFingerprint, proof.MachineCreated));
        Assert.Equal((license.Id, license.Key, license.PolicyId, license.ProductId), (proof.LicenseId, proof.LicenseKey, proof.PolicyId, proof.ProductId));
        Assert.Equal(Emulator.Emulator.AccountId, proof.AccountId);
        Assert.NotNull(proof.Timestamp);
        Assert.DoesNotContain(license.Key, proof.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, verifier.Verify(custom.Proof).Dataset.GetProperty("seat").GetInt32());
        Assert.Null(verifier.Verify(custom.Proof).MachineId);

        // Checked by .NET's RSA directly too, and refused once altered.
        using var rsa = RSA.Create();
        rsa.ImportFromPem(Encoding.UTF8.GetString(Convert.FromBase64String(keys.Rsa2048!)));
        Assert.True(rsa.VerifyData(Encoding.UTF8.GetBytes(signed), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var forged = Assert.Throws<OfflineProofException>(() => verifier.Verify(generated.Proof.Replace("proof/", "proof/e", StringComparison.Ordinal)));
        Assert.NotEqual(VerificationFailureReason.InvalidPublicKey, forged.Reason);
    });

    /// <summary><c>proof/&lt;dataset&gt;.&lt;signature&gt;</c>: the signed part and the signature bytes.</summary>
    private static (string Signed, byte[] Signature) Split(string proof)
    {
        var dot = proof.LastIndexOf('.');
        return (proof[..dot], Base64Url(proof[(dot + 1)..]));
    }

    private static byte[] Base64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}

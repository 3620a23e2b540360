using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Keygen;
using Keygen.Distribution;
using Xunit;

namespace KeygenGen.Licensing.Tests.Distribution;

/// <summary>
/// RFC 8032's own test vectors (section 7.1, TEST 1 and TEST 2 for Ed25519; section 7.3, TEST abc for Ed25519ph), copied
/// from the RFC: the code-signing primitives agree with the standard, not only with themselves.
/// </summary>
public sealed class Rfc8032VectorTests
{
    // Section 7.3, -----TEST abc (Ed25519ph, empty context).
    private const string PhSecret = "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42";
    private const string PhPublic = "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf";
    private const string PhSignature =
        "98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406";

    public static TheoryData<string, string, string> Ed25519Vectors => new()
    {
        // Section 7.1, -----TEST 1: the empty message.
        {
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },

        // Section 7.1, -----TEST 2: one byte.
        {
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
    };

    [Fact]
    public void The_Ed25519ph_vector_verifies_over_the_messages_SHA_512()
    {
        var key = CodeSigningKey.Parse(PhPublic);
        var digest = SHA512.HashData("abc"u8);
        var signature = Convert.FromHexString(PhSignature);

        Assert.True(key.VerifyPrehashed(signature, string.Empty, digest));
        Assert.False(key.VerifyPrehashed(signature, "2313b7e7-1ea6-4a01-901e-2931de6bb1e2", digest)); // the context is signed
        Assert.False(key.VerifyPrehashed(signature, string.Empty, SHA512.HashData("abd"u8)));
    }

    [Fact]
    public void The_signer_reproduces_the_Ed25519ph_vector()
    {
        var key = ArtifactSigningKey.Parse(PhSecret);

        Assert.Equal(PhPublic, key.PublicKey.ToString());
        Assert.Equal(Base64Raw(PhSignature), key.SignPrehashed(SHA512.HashData("abc"u8), string.Empty));
    }

    [Theory]
    [MemberData(nameof(Ed25519Vectors))]
    public async Task The_Ed25519_vectors_verify_over_a_file(string publicKey, string message, string signature)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, Convert.FromHexString(message));
            var artifact = new Artifact { Id = "rfc", Filename = "message.bin", Filesize = message.Length / 2, Signature = Base64Raw(signature) };
            var verifier = new ArtifactVerifier(CodeSigningKey.Parse(publicKey), algorithm: ArtifactSignatureAlgorithm.Ed25519);

            await verifier.VerifyFileAsync(artifact, path);

            await File.WriteAllBytesAsync(path, Encoding.ASCII.GetBytes("x" + message));
            var altered = await Assert.ThrowsAsync<ArtifactVerificationException>(() =>
                verifier.VerifyFileAsync(new Artifact { Id = "rfc", Filename = "message.bin", Signature = artifact.Signature }, path));
            Assert.Equal(Keygen.Signatures.VerificationFailureReason.SignatureInvalid, altered.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Base64Raw(string hex) => Convert.ToBase64String(Convert.FromHexString(hex)).TrimEnd('=');
}

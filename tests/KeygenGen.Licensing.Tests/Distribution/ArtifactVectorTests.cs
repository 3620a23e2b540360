using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Keygen.Distribution;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Distribution.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests.Distribution;

/// <summary>
/// Artifacts checksummed and signed by a second implementation (@noble/curves, as Keygen's CLI signs them) are accepted or
/// refused by <see cref="ArtifactVerifier"/> as that implementation says; and the SDK's own signer makes the very same
/// (deterministic) signatures.
/// </summary>
public sealed class ArtifactVectorTests : IDisposable
{
    private static readonly ArtifactVectorSet Set = ArtifactVectorSet.Instance;
    private readonly string _directory = Directory.CreateTempSubdirectory("keygengen-vectors-").FullName;

    public static TheoryData<string> VectorNames => new(Set.Vectors.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(VectorNames))]
    public async Task Each_vector_is_accepted_or_refused_as_the_other_implementation_says(string name)
    {
        var vector = Set.Vectors.Single(v => v.Name == name);
        var path = Path.Combine(_directory, "studio.bin");
        await File.WriteAllBytesAsync(path, vector.Bytes);
        var verifier = new ArtifactVerifier(CodeSigningKey.Parse(Set.PublicKey), Set.ProductId, vector.SignatureAlgorithm);

        var failure = await Record.ExceptionAsync(() => verifier.VerifyFileAsync(vector.ToArtifact(), path));

        if (vector.Valid)
        {
            Assert.Null(failure);
        }
        else
        {
            Assert.Equal(Enum.Parse<VerificationFailureReason>(vector.Reason!), Assert.IsType<ArtifactVerificationException>(failure).Reason);
        }
    }

    [Fact]
    public async Task A_valid_vector_is_refused_with_another_key()
    {
        var vector = Set.Vectors.First(v => v.Valid);
        var path = Path.Combine(_directory, "studio.bin");
        await File.WriteAllBytesAsync(path, vector.Bytes);

        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() =>
            new ArtifactVerifier(CodeSigningKey.Parse(Set.OtherPublicKey), Set.ProductId).VerifyFileAsync(vector.ToArtifact(), path));

        Assert.Equal(VerificationFailureReason.SignatureInvalid, failure.Reason);
    }

    [Fact]
    public void The_sdk_signer_makes_the_same_signatures_as_the_other_implementation()
    {
        var key = ArtifactSigningKey.Parse(Set.SigningKey);
        var signed = Set.Vectors.Where(v => v.Valid && v.SignatureAlgorithm == ArtifactSignatureAlgorithm.Ed25519ph && !v.Signature.EndsWith('=') && v.Signature.Length == 86).ToList();

        Assert.NotEmpty(signed);
        Assert.Equal(Set.PublicKey, key.PublicKey.ToString());
        Assert.All(signed, v => Assert.Equal(v.Signature, key.SignPrehashed(SHA512.HashData(v.Bytes), Set.ProductId)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

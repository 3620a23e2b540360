using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Keygen;
using Keygen.Distribution;
using Keygen.Signatures;
using Xunit;

namespace KeygenGen.Licensing.Tests.Distribution;

/// <summary>What <see cref="ArtifactVerifier"/> demands of a file: Keygen's size, any of the CLI's checksum forms, and a signature when a key is given.</summary>
public sealed class ArtifactVerifierTests : IDisposable
{
    private const string ProductId = "6198261a-48b5-4445-a045-9fed4afc7735";
    private static readonly byte[] Content = RandomNumberGenerator.GetBytes(10_000);
    private static readonly ArtifactSigningKey Signer = ArtifactSigningKey.Generate();
    private readonly string _path = Path.GetTempFileName();

    public ArtifactVerifierTests() => File.WriteAllBytes(_path, Content);

    public static TheoryData<string> ChecksumForms => new()
    {
        Convert.ToBase64String(SHA512.HashData(Content)).TrimEnd('='),             // the CLI's default: base64raw SHA-512
        Convert.ToBase64String(SHA512.HashData(Content)),                          // base64
        Convert.ToBase64String(SHA512.HashData(Content)).Replace('+', '-').Replace('/', '_'), // base64url
        Convert.ToHexStringLower(SHA512.HashData(Content)),                        // hex
        "0x" + Convert.ToHexString(SHA384.HashData(Content)),                      // as Keygen reads hex
        Convert.ToBase64String(SHA256.HashData(Content)).TrimEnd('='),             // --checksum-algorithm sha-256
        Convert.ToHexStringLower(SHA1.HashData(Content)),                          // --checksum-algorithm sha-1
    };

    [Theory]
    [MemberData(nameof(ChecksumForms))]
    public async Task Every_checksum_form_of_the_CLI_is_checked(string checksum)
    {
        await new ArtifactVerifier().VerifyFileAsync(Artifact(checksum: checksum), _path);

        var altered = checksum.StartsWith("0x", StringComparison.Ordinal) ? "0x" + Flip(checksum[2..]) : Flip(checksum);
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() => new ArtifactVerifier().VerifyFileAsync(Artifact(checksum: altered), _path));
        Assert.Equal(VerificationFailureReason.ChecksumMismatch, failure.Reason);
    }

    [Theory]
    [InlineData("not a checksum!", VerificationFailureReason.MalformedInput)]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e", VerificationFailureReason.UnsupportedAlgorithm)] // MD5
    public async Task A_checksum_that_cannot_be_read_is_refused(string checksum, VerificationFailureReason reason)
    {
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() => new ArtifactVerifier().VerifyFileAsync(Artifact(checksum: checksum), _path));

        Assert.Equal(reason, failure.Reason);
    }

    [Theory]
    [InlineData(1, "cut short")]
    [InlineData(-1, "extra bytes")]
    public async Task A_file_of_another_size_than_Keygen_lists_is_refused_before_any_hash(int difference, string said)
    {
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() =>
            new ArtifactVerifier().VerifyFileAsync(Artifact(filesize: Content.Length + difference), _path));

        Assert.Equal(VerificationFailureReason.SizeMismatch, failure.Reason);
        Assert.Contains(said, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_key_an_unsigned_artifact_is_refused_even_with_a_good_checksum()
    {
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() =>
            new ArtifactVerifier(Signer.PublicKey, ProductId).VerifyFileAsync(Artifact(signature: null), _path));

        Assert.Equal(VerificationFailureReason.SignatureMissing, failure.Reason);
    }

    [Fact]
    public async Task A_signed_artifact_needs_no_checksum_but_without_a_key_nothing_vouches_for_it()
    {
        var unchecked_ = Artifact(checksum: null);

        await new ArtifactVerifier(Signer.PublicKey, ProductId).VerifyFileAsync(unchecked_, _path);
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() => new ArtifactVerifier().VerifyFileAsync(unchecked_, _path));

        Assert.Equal(VerificationFailureReason.ChecksumMissing, failure.Reason);
    }

    [Fact]
    public async Task A_signature_that_is_not_base64_is_malformed_input()
    {
        var failure = await Assert.ThrowsAsync<ArtifactVerificationException>(() =>
            new ArtifactVerifier(Signer.PublicKey, ProductId).VerifyFileAsync(Artifact(signature: "%%%"), _path));

        Assert.Equal(VerificationFailureReason.MalformedInput, failure.Reason);
    }

    [Fact]
    public void Ed25519ph_needs_the_product_id_it_was_signed_with()
    {
        Assert.Throws<ArgumentException>(() => new ArtifactVerifier(Signer.PublicKey));
        _ = new ArtifactVerifier(Signer.PublicKey, algorithm: ArtifactSignatureAlgorithm.Ed25519); // plain Ed25519 has no context
    }

    public void Dispose() => File.Delete(_path);

    private static Artifact Artifact(string? checksum = "", string? signature = "", long? filesize = null) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Filename = "studio.bin",
        Filesize = filesize ?? Content.Length,
        Checksum = checksum == string.Empty ? Convert.ToBase64String(SHA512.HashData(Content)).TrimEnd('=') : checksum,
        Signature = signature == string.Empty ? Signer.SignPrehashed(SHA512.HashData(Content), ProductId) : signature,
    };

    /// <summary>The same text with its first character changed to another one of the same alphabet.</summary>
    // A first character that differs ignoring case too: hex is read either way, so 'A' to 'a' would change nothing.
    private static string Flip(string text) => (char.ToLowerInvariant(text[0]) == 'a' ? 'b' : 'a') + text[1..];
}

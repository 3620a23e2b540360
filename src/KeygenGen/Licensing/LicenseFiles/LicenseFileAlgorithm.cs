using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>The two halves of a license file's <c>alg</c>: <c>aes-256-gcm</c> or <c>base64</c>, then the signing algorithm.</summary>
internal sealed record LicenseFileAlgorithm(bool Encrypted, SigningAlgorithm Signing)
{
    public static LicenseFileAlgorithm Parse(string name)
    {
        var plus = name.IndexOf('+');
        var encryption = plus < 0 ? name : name[..plus];
        var signing = plus < 0 ? null : SignatureAlgorithms.FromName(name[(plus + 1)..]);
        if (signing is null || encryption is not ("aes-256-gcm" or "base64"))
        {
            throw new LicenseFileException(VerificationFailureReason.UnsupportedAlgorithm, $"The license file algorithm \"{name}\" is not supported.");
        }

        return new LicenseFileAlgorithm(encryption == "aes-256-gcm", signing.Value);
    }
}

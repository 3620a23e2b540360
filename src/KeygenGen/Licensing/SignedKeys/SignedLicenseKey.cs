using System.Text;
using System.Text.Json;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>The verified content of a signed license key.</summary>
public sealed class SignedLicenseKey
{
    internal SignedLicenseKey(SignedKeyScheme scheme, string dataset)
    {
        Scheme = scheme;
        Dataset = dataset;
        DatasetJson = JsonReading.ParseObject(Encoding.UTF8.GetBytes(dataset));
    }

    /// <summary>The scheme the key was verified with.</summary>
    public SignedKeyScheme Scheme { get; }

    /// <summary>
    /// The embedded dataset as signed: by default JSON (account, product, policy, user, license; for
    /// <c>RSA_2048_PKCS1_ENCRYPT</c> id, created, duration, expiry; for JWTs the claims), or the policy's custom text.
    /// </summary>
    public string Dataset { get; }

    /// <summary>The dataset parsed, when it is a JSON object; null for a custom non-JSON dataset.</summary>
    public JsonElement? DatasetJson { get; }

    /// <summary>Names the scheme only, so that logging a verified key never prints its content.</summary>
    public override string ToString() => $"SignedLicenseKey({Scheme.ToApiName()})";
}

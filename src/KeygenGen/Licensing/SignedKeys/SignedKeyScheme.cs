using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>The cryptographic license-key schemes a policy can use (keygen-api.md §1.16) that can be verified offline.</summary>
public enum SignedKeyScheme
{
    /// <summary><c>ED25519_SIGN</c>: <c>key/&lt;dataset&gt;.&lt;signature&gt;</c>, Ed25519.</summary>
    Ed25519Sign,

    /// <summary><c>RSA_2048_PKCS1_SIGN_V2</c>: <c>key/&lt;dataset&gt;.&lt;signature&gt;</c>, RSA PKCS#1 v1.5 SHA-256.</summary>
    Rsa2048Pkcs1SignV2,

    /// <summary><c>RSA_2048_PKCS1_PSS_SIGN_V2</c>: <c>key/&lt;dataset&gt;.&lt;signature&gt;</c>, RSA-PSS SHA-256.</summary>
    Rsa2048Pkcs1PssSignV2,

    /// <summary><c>RSA_2048_PKCS1_ENCRYPT</c>: the dataset encrypted with the account's private key.</summary>
    Rsa2048Pkcs1Encrypt,

    /// <summary><c>RSA_2048_JWT_RS256</c>: a JWT signed with RS256 whose claims are the dataset.</summary>
    Rsa2048JwtRs256,
}

/// <summary>Conversions between <see cref="SignedKeyScheme"/> and the policy <c>scheme</c> names of the API.</summary>
public static class SignedKeySchemes
{
    /// <summary>Maps a policy's <c>scheme</c> attribute, e.g. <c>ED25519_SIGN</c>.</summary>
    /// <param name="name">The scheme name as the API returns it.</param>
    /// <exception cref="SignedLicenseKeyException">The scheme cannot be verified offline by this SDK (<see cref="VerificationFailureReason.UnsupportedAlgorithm"/>).</exception>
    public static SignedKeyScheme FromApiName(string name) => name switch
    {
        "ED25519_SIGN" => SignedKeyScheme.Ed25519Sign,
        "RSA_2048_PKCS1_SIGN_V2" => SignedKeyScheme.Rsa2048Pkcs1SignV2,
        "RSA_2048_PKCS1_PSS_SIGN_V2" => SignedKeyScheme.Rsa2048Pkcs1PssSignV2,
        "RSA_2048_PKCS1_ENCRYPT" => SignedKeyScheme.Rsa2048Pkcs1Encrypt,
        "RSA_2048_JWT_RS256" => SignedKeyScheme.Rsa2048JwtRs256,
        _ => throw new SignedLicenseKeyException(VerificationFailureReason.UnsupportedAlgorithm, $"The license key scheme \"{name}\" cannot be verified offline."),
    };

    /// <summary>The policy <c>scheme</c> name of <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    public static string ToApiName(this SignedKeyScheme scheme) => scheme switch
    {
        SignedKeyScheme.Ed25519Sign => "ED25519_SIGN",
        SignedKeyScheme.Rsa2048Pkcs1SignV2 => "RSA_2048_PKCS1_SIGN_V2",
        SignedKeyScheme.Rsa2048Pkcs1PssSignV2 => "RSA_2048_PKCS1_PSS_SIGN_V2",
        SignedKeyScheme.Rsa2048Pkcs1Encrypt => "RSA_2048_PKCS1_ENCRYPT",
        SignedKeyScheme.Rsa2048JwtRs256 => "RSA_2048_JWT_RS256",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };
}

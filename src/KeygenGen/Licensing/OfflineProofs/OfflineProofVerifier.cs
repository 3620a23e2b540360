using System;
using System.Text;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Verifies a machine's offline activation proof (Keygen's legacy <c>machines.generateOfflineProof</c>): Keygen's
/// <see cref="SignedDataset"/> form with the prefix <c>proof/</c>, signed with the account's RSA-2048 key (PKCS#1 v1.5,
/// SHA-256). Thread-safe; reuse one instance.
/// </summary>
public sealed class OfflineProofVerifier
{
    private const string Prefix = "proof/";
    private readonly KeygenPublicKeys _keys;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The account's public keys; the RSA key (<c>keys.rsa2048</c> of the account) checks proofs.</param>
    public OfflineProofVerifier(KeygenPublicKeys keys)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
    }

    /// <summary>Verifies <paramref name="proof"/> and returns its dataset.</summary>
    /// <param name="proof">The proof, as in <c>meta.proof</c> (<see cref="MachineOfflineProof.Proof"/>).</param>
    /// <exception cref="OfflineProofException">It is malformed, forged or altered, or no RSA key was given.</exception>
    public OfflineActivationProof Verify(string proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var signed = SignedDataset.Split(proof, Prefix)
            ?? throw Fail(VerificationFailureReason.MalformedInput, "The offline proof is not of the form proof/<dataset>.<signature>, in URL-safe base64.");
        if (!_keys.Supports(SigningAlgorithm.RsaPkcs1Sha256))
        {
            throw Fail(VerificationFailureReason.UnsupportedAlgorithm, KeygenPublicKeys.MissingKeyMessage(SigningAlgorithm.RsaPkcs1Sha256));
        }

        if (!_keys.Verify(SigningAlgorithm.RsaPkcs1Sha256, Encoding.UTF8.GetBytes(signed.SignedText), signed.Signature))
        {
            throw Fail(VerificationFailureReason.SignatureInvalid, "The offline proof's signature is invalid: it was altered or not issued by this account.");
        }

        return OfflineActivationProof.From(
            JsonReading.ParseObject(signed.Dataset) ?? throw Fail(VerificationFailureReason.MalformedInput, "The offline proof's dataset is not a JSON object."));
    }

    private static OfflineProofException Fail(VerificationFailureReason reason, string message) => new(reason, message);
}

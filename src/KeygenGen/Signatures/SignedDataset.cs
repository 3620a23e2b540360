using System;

namespace Keygen.Signatures;

/// <summary>
/// Keygen's signed-dataset form, <c>&lt;prefix&gt;/&lt;base64url(dataset)&gt;.&lt;base64url(signature)&gt;</c>, where the signature
/// covers everything before the last dot: signed license keys (<c>key/</c>) and offline activation proofs (<c>proof/</c>).
/// Keygen encodes with Ruby's URL-safe base64, which keeps <c>=</c> padding; both padded and unpadded forms are read.
/// </summary>
/// <param name="SignedText">What the signature covers: <c>&lt;prefix&gt;/&lt;base64url(dataset)&gt;</c>.</param>
/// <param name="Dataset">The decoded dataset.</param>
/// <param name="Signature">The decoded signature.</param>
internal readonly record struct SignedDataset(string SignedText, byte[] Dataset, byte[] Signature)
{
    /// <summary>Splits <paramref name="text"/>; null when it is not of the form or not URL-safe base64.</summary>
    public static SignedDataset? Split(string text, string prefix)
    {
        var dot = text.LastIndexOf('.');
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || dot < prefix.Length)
        {
            return null;
        }

        var signedText = text[..dot];
        return Encodings.FromBase64Url(signedText[prefix.Length..]) is { } dataset && Encodings.FromBase64Url(text[(dot + 1)..]) is { } signature
            ? new SignedDataset(signedText, dataset, signature)
            : null;
    }
}

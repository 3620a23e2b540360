using System;
using System.Runtime.CompilerServices;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace Keygen;

/// <summary>
/// BouncyCastle's span overloads, on every target: its .NET 6+ build has them (no copies); its .NET Standard 2.0 build, which
/// .NET Framework and .NET Standard get, has only the array overloads, so there the spans are copied first. Same results on
/// both; only the copies differ.
/// </summary>
internal static class BouncyCastleSpans
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ValidatePublicKeyPartial(ReadOnlySpan<byte> publicKey) =>
#if LEGACY_TARGET
        Ed25519.ValidatePublicKeyPartial(publicKey.ToArray(), 0);
#else
        Ed25519.ValidatePublicKeyPartial(publicKey);
#endif

    /// <summary>Ed25519ph (RFC 8032): <paramref name="signature"/> over the SHA-512 <paramref name="prehash"/> with <paramref name="context"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool VerifyPrehash(ReadOnlySpan<byte> signature, byte[] publicKey, byte[] context, ReadOnlySpan<byte> prehash) =>
#if LEGACY_TARGET
        Ed25519.VerifyPrehash(signature.ToArray(), 0, publicKey, 0, context, prehash.ToArray(), 0);
#else
        Ed25519.VerifyPrehash(signature, publicKey, context, prehash);
#endif

    /// <summary>Plain Ed25519 over all of <paramref name="message"/> (on the old targets, a copy of it: a whole file at most 2 GiB).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Verify(ReadOnlySpan<byte> signature, byte[] publicKey, ReadOnlySpan<byte> message) =>
#if LEGACY_TARGET
        Ed25519.Verify(signature.ToArray(), 0, publicKey, 0, message.ToArray(), 0, message.Length);
#else
        Ed25519.Verify(signature, publicKey, message);
#endif

    /// <summary>Ed25519ph (RFC 8032): signs the SHA-512 <paramref name="prehash"/> with <paramref name="context"/> into <paramref name="signature"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SignPrehash(byte[] seed, byte[] context, ReadOnlySpan<byte> prehash, byte[] signature) =>
#if LEGACY_TARGET
        Ed25519.SignPrehash(seed, 0, context, prehash.ToArray(), 0, signature, 0);
#else
        Ed25519.SignPrehash(seed, context, prehash, signature);
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BlockUpdate(ISigner signer, ReadOnlySpan<byte> data) =>
#if LEGACY_TARGET
        signer.BlockUpdate(data.ToArray(), 0, data.Length);
#else
        signer.BlockUpdate(data);
#endif
}

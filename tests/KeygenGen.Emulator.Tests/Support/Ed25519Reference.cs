using System;
using System.Linq;
using System.Numerics;
using System.Security.Cryptography;

namespace Keygen.Emulator.Tests.Support;

/// <summary>
/// A test-only Ed25519 verifier written from RFC 8032 §5.1.7 / §6 with System.Numerics.BigInteger, so response
/// signatures are checked by code that shares nothing with the emulator's BouncyCastle signer.
/// </summary>
internal static class Ed25519Reference
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger Q = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493");
    private static readonly BigInteger D = Mod(-121665 * Inverse(121666));
    private static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);
    private static readonly Point Base = BasePoint();

    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        if (publicKey.Length != 32 || signature.Length != 64)
        {
            return false;
        }

        var a = Decompress(publicKey);
        var r = Decompress(signature[..32]);
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: false);
        if (a is null || r is null || s >= Q)
        {
            return false;
        }

        var digest = SHA512.HashData(signature[..32].Concat(publicKey).Concat(message).ToArray());
        var h = Mod(new BigInteger(digest, isUnsigned: true, isBigEndian: false), Q);
        return AreEqual(Multiply(s, Base), Add(r.Value, Multiply(h, a.Value)));
    }

    private static Point BasePoint()
    {
        var y = Mod(4 * Inverse(5));
        var x = RecoverX(y, 0)!.Value;
        return new Point(x, y, 1, Mod(x * y));
    }

    private static Point? Decompress(byte[] encoded)
    {
        var y = new BigInteger(encoded, isUnsigned: true, isBigEndian: false);
        var sign = (int)(y >> 255);
        y &= (BigInteger.One << 255) - 1;
        return RecoverX(y, sign) is { } x ? new Point(x, y, 1, Mod(x * y)) : null;
    }

    private static BigInteger? RecoverX(BigInteger y, int sign)
    {
        if (y >= P)
        {
            return null;
        }

        var x2 = Mod((y * y - 1) * Inverse(D * y * y + 1));
        if (x2.IsZero)
        {
            return sign == 0 ? BigInteger.Zero : null;
        }

        var x = BigInteger.ModPow(x2, (P + 3) / 8, P);
        if (!Mod(x * x - x2).IsZero)
        {
            x = Mod(x * SqrtMinusOne);
        }

        if (!Mod(x * x - x2).IsZero)
        {
            return null;
        }

        return (int)(x & 1) != sign ? P - x : x;
    }

    private static Point Add(Point p, Point q)
    {
        var a = Mod((p.Y - p.X) * (q.Y - q.X));
        var b = Mod((p.Y + p.X) * (q.Y + q.X));
        var c = Mod(2 * p.T * q.T * D);
        var d = Mod(2 * p.Z * q.Z);
        var (e, f, g, h) = (b - a, d - c, d + c, b + a);
        return new Point(Mod(e * f), Mod(g * h), Mod(f * g), Mod(e * h));
    }

    private static Point Multiply(BigInteger scalar, Point point)
    {
        var result = new Point(0, 1, 1, 0);
        while (scalar > 0)
        {
            if (!scalar.IsEven)
            {
                result = Add(result, point);
            }

            point = Add(point, point);
            scalar >>= 1;
        }

        return result;
    }

    private static bool AreEqual(Point p, Point q) =>
        Mod(p.X * q.Z - q.X * p.Z).IsZero && Mod(p.Y * q.Z - q.Y * p.Z).IsZero;

    private static BigInteger Inverse(BigInteger value) => BigInteger.ModPow(Mod(value), P - 2, P);

    private static BigInteger Mod(BigInteger value) => Mod(value, P);

    private static BigInteger Mod(BigInteger value, BigInteger modulus)
    {
        var result = value % modulus;
        return result.Sign < 0 ? result + modulus : result;
    }

    private readonly record struct Point(BigInteger X, BigInteger Y, BigInteger Z, BigInteger T);
}

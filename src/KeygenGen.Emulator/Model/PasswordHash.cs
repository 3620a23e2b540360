using System;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Emulator.Model;

/// <summary>A salted PBKDF2 password hash, so the emulator never keeps a plaintext password.</summary>
internal sealed class PasswordHash
{
    private const int Iterations = 10_000;
    private readonly byte[] _salt;
    private readonly byte[] _hash;

    private PasswordHash(byte[] salt, byte[] hash)
    {
        _salt = salt;
        _hash = hash;
    }

    public static PasswordHash Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new PasswordHash(salt, Derive(password, salt));
    }

    public bool Matches(string password) => CryptographicOperations.FixedTimeEquals(Derive(password, _salt), _hash);

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
}

using System;

namespace Keygen.Emulator.Tests.Support;

/// <summary>Unique values for account-wide unique attributes (entitlement codes, emails), so scenarios sharing an emulator never collide.</summary>
internal static class Names
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string Email(string prefix) => Unique(prefix) + "@example.com";
}

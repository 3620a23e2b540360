using System;
using System.Text;

namespace Keygen.Emulator.Tests.Support;

/// <summary>The <c>Authorization</c> header a test request sends.</summary>
internal sealed record As(string? Header)
{
    /// <summary>Use the emulator's admin token.</summary>
    public static readonly As Admin = new("admin");

    public static readonly As Anonymous = new((string?)null);

    public static As Bearer(string token) => new($"Bearer {token}");

    public static As License(string key) => new($"License {key}");

    public static As Basic(string user, string password) =>
        new("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}

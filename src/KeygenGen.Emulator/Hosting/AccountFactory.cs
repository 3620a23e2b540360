using System;
using System.Security.Cryptography;
using System.Text;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.Signing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Hosting;

/// <summary>Creates the emulated account with its signing keys, its admin user and the admin's token.</summary>
internal static class AccountFactory
{
    /// <summary>The account the options describe, with the store's next signing keys.</summary>
    /// <param name="options">The emulator's settings.</param>
    /// <param name="store">Where the account will live (it hands out the keys).</param>
    /// <param name="adminPassword">The admin password's hash when one was made already (a reset reuses it: hashing costs milliseconds).</param>
    public static (AccountState Account, string AdminToken) Create(KeygenEmulatorOptions options, EmulatorStore store, PasswordHash? adminPassword = null)
    {
        if (string.IsNullOrWhiteSpace(options.Account) || options.Account.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("The account must be a non-empty slug or UUID without '/'.");
        }

        var now = options.TimeProvider.GetUtcNow();
        var isId = Guid.TryParse(options.Account, out var id);
        var account = new Account(isId ? id : DeriveId(options.Account), now, isId ? "emulator" : options.Account);
        var state = new AccountState(account, Keys(options, store), options.TimeProvider);

        var admin = new User(Guid.NewGuid(), now, options.AdminEmail.ToLowerInvariant())
        {
            Role = Role.Admin,
            FirstName = "Admin",
            LastName = "User",
            Password = adminPassword ?? PasswordHash.Create(options.AdminPassword),
        };
        state.Table<User>().Add(admin);

        var adminToken = string.IsNullOrEmpty(options.AdminToken) ? Secrets.Token("admin", 32) : options.AdminToken;
        state.Table<Token>().Add(new Token(Guid.NewGuid(), now, admin, Secrets.Digest(adminToken)) { Name = "Emulator admin token" });
        return (state, adminToken);
    }

    /// <summary>A stable UUID (version 4 layout) for a slug, so a restarted emulator keeps its account id.</summary>
    private static Guid DeriveId(string slug)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("keygengen-emulator:" + slug)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The key the options name, else the store's next keys (fresh, or pooled when keys are reused).</summary>
    private static AccountKeys Keys(KeygenEmulatorOptions options, EmulatorStore store) =>
        string.IsNullOrEmpty(options.SigningKeyHex) ? store.NewAccountKeys() : new AccountKeys(SigningSeed(options.SigningKeyHex));

    private static byte[] SigningSeed(string hex)
    {
        try
        {
            var seed = Convert.FromHexString(hex);
            return seed.Length == 32 ? seed : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ArgumentException("The signing key must be 64 hex characters (a 32-byte Ed25519 seed).");
        }
    }
}

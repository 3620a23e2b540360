using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Keygen.Emulator.Hosting;

/// <summary>The standalone program's options: <c>--urls</c>, <c>--account</c>, <c>--admin-token</c> and friends, and one flag.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/KeygenGen.Emulator -- [options]

          --urls <urls>             where to listen (default http://127.0.0.1:8787)
          --account <slug|uuid>     the account served under /v1/accounts/<account> (default demo)
          --admin-token <token>     the admin's bearer token (default: a fresh admin-…v3 token)
          --admin-email <email>     the admin user's email (default admin@example.com)
          --admin-password <pass>   the admin user's password (default admin-password)
          --signing-key <hex>       Ed25519 private key, 64 hex chars (default: a fresh key)
          --rate-limit <n>          requests per minute per client before 429; 0 = off (default 6000)
          --loopback-webhooks       accept webhook endpoints on 127.0.0.1/localhost (http too) and deliver to them
          --storage <dir>           where uploaded artifacts are kept (default: a temporary directory, deleted at exit)
          --edition <ee|ce>         answer as Keygen EE (per-bearer permissions settable and shown) or CE (default ee)
          --help                    show this help
        """;

    private static readonly string[] KnownOptions =
        ["--urls", "--account", "--admin-token", "--admin-email", "--admin-password", "--signing-key", "--rate-limit", "--storage", "--edition"];

    /// <summary>The options, or an error message; <c>(null, null)</c> when help was asked for.</summary>
    public static (KeygenEmulatorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new KeygenEmulatorOptions { Urls = "http://127.0.0.1:8787", HandleConsoleSignals = true };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return (null, null);
            }

            if (name == "--loopback-webhooks")
            {
                options.DeliverWebhooksToLoopback = true;
                continue;
            }

            if (!KnownOptions.Contains(name))
            {
                return (null, $"Unknown option {name}.");
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"Missing value for {name}.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--urls":
                    options.Urls = value;
                    break;
                case "--account":
                    options.Account = value;
                    break;
                case "--admin-token":
                    options.AdminToken = value;
                    break;
                case "--admin-email":
                    options.AdminEmail = value;
                    break;
                case "--admin-password":
                    options.AdminPassword = value;
                    break;
                case "--signing-key":
                    options.SigningKeyHex = value;
                    break;
                case "--storage":
                    options.StorageDirectory = value;
                    break;
                case "--edition" when value.ToLowerInvariant() is "ee" or "ce":
                    options.Edition = value.Equals("ce", StringComparison.OrdinalIgnoreCase) ? KeygenEdition.Community : KeygenEdition.Enterprise;
                    break;
                case "--edition":
                    return (null, $"--edition needs ee or ce, got '{value}'.");
                case "--rate-limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit):
                    options.RateLimitPerMinute = limit;
                    break;
                default:
                    return (null, $"--rate-limit needs a whole number, got '{value}'.");
            }
        }

        return (options, null);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Who a scenario acts as and how it proves it (<c>authentication_steps.rb</c>): the bearer by role, a token (sent as
/// <c>Bearer</c> or as Basic <c>token:</c>, alternating by scenario as Keygen's suite alternates at random), a
/// license key, second factors, and headers as written.
/// </summary>
internal static partial class AuthenticationSteps
{
    private const string Family = "authentication";

    private const string Roles = "admin|developer|read only|sales agent|support agent|user|product|license|environment";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, $@"I am(?: (?:an?|the (\w+)))? ({Roles}) (?:for|of) account ""([^""]*)""", (world, args) =>
            Become(world, world.AccountNamed(args[3]), args[2], args.Optional(1) ?? "first"));
        steps.Add(Family, $@"I am an? ({Roles}) (?:for|of) account ""([^""]*)"" with the following attributes:", (world, args) =>
        {
            Become(world, world.AccountNamed(args[2]), args[1], "first");
            world.BearerAccount!.Update(world.Bearer!, Attributes.FromJson(world, args.DocString));
        });
        steps.Add(Family, $@"I am(?: (?:an?|the (\w+)))? ({Roles}) (?:for|of) the (\w+) ""account""", (world, args) =>
            Become(world, ScenarioWorld.Pick(world.Accounts, args[3], "account"), args[2], args.Optional(1) ?? "first"));
        steps.Add(Family, @"I am product ""([^""]*)"" of account ""([^""]*)""", (world, args) =>
        {
            var account = world.AccountNamed(args[2]);
            world.BearerAccount = account;
            world.Bearer = account.List("products").FirstOrDefault(p => p.Id == args[1] || p["code"]?.GetValue<string>() == args[1])
                ?? throw new InvalidOperationException($"No product '{args[1]}'.");
        });

        steps.Add(Family, "I have 2FA (enabled|disabled)", (world, args) =>
            world.SecondFactor = world.Account.Create("second-factor", attributes: new Dictionary<string, object?>
            {
                ["user"] = Bearer(world),
                ["enabled"] = args[1] == "enabled",
            }));
        steps.Add(Family, "I do not have 2FA", (world, _) => RemoveSecondFactors(world, Bearer(world)));
        steps.Add(Family, @"the (first|second|third|fourth|fifth|last) ""(user|admin)"" does not have 2FA", (world, args) =>
            RemoveSecondFactors(world, ScenarioWorld.Pick(WithRole(world.Account, args[2]), args[1], args[2])));
        steps.Add(Family, @"the (first|second|third|fourth|fifth|last) ""(user|admin)"" has 2FA (disabled|enabled)", (world, args) =>
            world.SecondFactor = world.Account.Create("second-factor", attributes: new Dictionary<string, object?>
            {
                ["user"] = ScenarioWorld.Pick(WithRole(world.Account, args[2]), args[1], args[2]),
                ["enabled"] = args[3] == "enabled",
            }));

        steps.Add(Family, "I have a password reset token( that is expired)?", (world, args) =>
            world.Crypt.Add(world.BearerAccount!.PasswordResetToken(Bearer(world), args.Optional(1) is null ? null : world.Now.AddDays(-3))));

        steps.Add(Family, "I send the following headers:", (world, args) => SendHeaders(world, args.DocString, badlyEncoded: false));
        steps.Add(Family, "I send the following badly encoded headers:", (world, args) => SendHeaders(world, args.DocString, badlyEncoded: true));
        steps.Add(Family, "I send the following raw headers:", (world, args) =>
        {
            foreach (var line in PlaceholderExpander.Expand(args.DocString, world).Split('\n'))
            {
                var separator = line.IndexOf(':', StringComparison.Ordinal);
                SetHeader(world, separator < 0 ? line : line[..separator], separator < 0 ? null : line[(separator + 1)..]);
            }
        });

        steps.Add(Family, "I (?:use (?:an|my) authentication|authenticate with (?:a|my)) token", (world, _) =>
        {
            var token = world.BearerAccount!.TokenFor(Bearer(world), world.Environment);
            world.Token = token;
            world.Headers["Authorization"] = Alternate(world)
                ? "Bearer " + token.Secret
                : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(token.Secret + ":"));
        });
        steps.Add(Family, "I (?:use an expired authentication|authenticate with an expired) token", (world, _) =>
        {
            var token = world.BearerAccount!.TokenFor(Bearer(world));
            world.BearerAccount.Update(token.Token, new Dictionary<string, object?> { ["expiry"] = world.Now.AddMinutes(-1) });
            world.Token = token;
            world.Headers["Authorization"] = "Bearer " + token.Secret;
        });
        steps.Add(Family, "I authenticate with (?:a|my)(?: license)? key", (world, _) =>
        {
            var key = Bearer(world)["key"]?.GetValue<string>() ?? throw new InvalidOperationException("The bearer has no license key.");
            world.Headers["Authorization"] = Alternate(world) ? "License " + key : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("license:" + key));
        });
        steps.Add(Family, "I authenticate with an invalid key", (world, _) =>
        {
            var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            world.Headers["Authorization"] = Alternate(world) ? "License " + key : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("license:" + key));
        });
    }

    /// <summary>
    /// Keygen's suite picks Bearer or Basic (and License or Basic) at random per run; the replay picks by the scenario,
    /// so the suite still covers both and a rerun repeats itself.
    /// </summary>
    public static bool Alternate(ScenarioWorld world) => (StableHash(world.Scenario.Id) & 1) == 0;

    private static void Become(ScenarioWorld world, AccountData account, string role, string ordinal)
    {
        var name = role switch
        {
            "read only" => "read-only",
            "sales agent" => "sales-agent",
            "support agent" => "support-agent",
            _ => role,
        };
        world.BearerAccount = account;
        world.Bearer = ScenarioWorld.Pick(WithRole(account, name), ordinal, role);
    }

    /// <summary>Keygen's <c>users.with_roles(role)</c>: for <c>user</c> only the users whose role is user (not every user, as <c>users</c> lists).</summary>
    private static IReadOnlyList<DataRecord> WithRole(AccountData account, string name) =>
        name == "user" ? account.List("users").Where(u => u["role"]?.GetValue<string>() == "user").ToList() : account.List(name);

    private static DataRecord Bearer(ScenarioWorld world) => world.Bearer ?? throw new InvalidOperationException("The scenario has no bearer.");

    private static void RemoveSecondFactors(ScenarioWorld world, DataRecord user)
    {
        foreach (var factor in world.Account.List("second-factors").Where(f => f.Document["relationships"]?["user"]?["data"]?["id"]?.GetValue<string>() == user.Id))
        {
            world.Account.Delete(factor);
        }
    }

    private static void SendHeaders(ScenarioWorld world, string docString, bool badlyEncoded)
    {
        var headers = JsonNode.Parse(PlaceholderExpander.Expand(docString, world))!.AsObject();
        foreach (var (name, value) in headers)
        {
            var text = value?.GetValue<string>();
            if (name == "Authorization" && text is not null && BasicCredentials().Match(text) is { Success: true } basic)
            {
                // Keygen's step base64-encodes the quoted email:password and keeps the quotes, which Rails' Basic parsing skips;
                // the badly encoded variant puts a 0x80 byte (invalid UTF-8) before the email and before the password.
                var (email, password) = (Encoding.UTF8.GetBytes(basic.Groups[1].Value), Encoding.UTF8.GetBytes(basic.Groups[2].Value));
                byte[] credentials = badlyEncoded ? [0x80, .. email, (byte)':', 0x80, .. password] : [.. email, (byte)':', .. password];
                text = $"Basic \"{Convert.ToBase64String(credentials)}\"";
            }

            SetHeader(world, name, text);
        }
    }

    private static void SetHeader(ScenarioWorld world, string name, string? value)
    {
        var trimmed = name.Trim();
        if (value is null)
        {
            world.Headers.Remove(trimmed);
        }
        else
        {
            world.Headers[trimmed] = value.Trim();
        }
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    [GeneratedRegex(@"^Basic ""([.@\w\d]+):(.*)""$")]
    private static partial Regex BasicCredentials();
}

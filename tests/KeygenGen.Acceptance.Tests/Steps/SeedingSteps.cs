using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Seeding (<c>resource_steps.rb</c>): "the current account has 3 isolated+pooled "policies" for the last "product"",
/// rows from tables, resources for each or for an existing other resource, and keys of each scheme. Everything goes
/// through the emulator's seeding surface by factory name, traits and attributes.
/// </summary>
internal static class SeedingSteps
{
    private const string Family = "seeding";

    private const string Count = @"(\d+) (?:([\w+]+) )?""([^""]*)""";

    public static void Register(StepLibrary steps)
    {
        RegisterTables(steps);
        RegisterAssociated(steps);
        RegisterCounts(steps);
        RegisterSchemes(steps);
    }

    private static void RegisterTables(StepLibrary steps)
    {
        steps.Add(Family, @"the following ""([^""]*)""(?: rows)? exist:", (world, args) =>
        {
            foreach (var row in Attributes.FromTable(world, args.Table))
            {
                CreateGlobal(world, args[1], row);
            }
        });
        steps.Add(Family, @"the following ""([^""]*)"" exists:", (world, args) =>
            world.Create(args[1], [], Presence(Attributes.FromJson(world, args.DocString))));
        steps.Add(Family, @"the current account has the following ""([^""]*)"" rows:", (world, args) =>
        {
            foreach (var row in Attributes.FromTable(world, args.Table, keepBlanks: true))
            {
                world.Create(args[1], [], row);
            }
        });
        steps.Add(Family, @"there exists (\d+) ""([^""]*)""", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                CreateGlobal(world, args[2], new Dictionary<string, object?>());
            }
        });
    }

    private static void RegisterAssociated(StepLibrary steps)
    {
        const string Current = "the current account has " + Count;
        steps.Add(Family, Current + @" (?:with|for|in) the (\w+) ""([^""]*)""(?: as ""([^""]*)"")? and the (\w+) ""([^""]*)""(?: as ""([^""]*)"")?", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                var attributes = new Dictionary<string, object?>
                {
                    [args.Optional(6) ?? Association(args[3], args[5])] = ScenarioWorld.Pick(world.Records(args[5]), args[4], args[5]),
                    [args.Optional(9) ?? Association(args[3], args[8])] = ScenarioWorld.Pick(world.Records(args[8]), args[7], args[8]),
                };
                world.Create(args[3], Traits(args.Optional(2)), attributes);
            }
        });
        steps.Add(Family, Current + @" (?:with|for|in) the (\w+) ""([^""]*)"" with the following(?: attributes)?:", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                var attributes = Attributes.FromJson(world, args.DocString);
                attributes[Association(args[3], args[5])] = ScenarioWorld.Pick(world.Records(args[5]), args[4], args[5]);
                world.Create(args[3], Traits(args.Optional(2)), attributes);
            }
        });
        steps.Add(Family, Current + @" (?:with|for|in) the (\w+) ""([^""]*)""(?: as ""([^""]*)"")?", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                var attributes = new Dictionary<string, object?>
                {
                    [args.Optional(6) ?? Association(args[3], args[5])] = ScenarioWorld.Pick(world.Records(args[5]), args[4], args[5]),
                };
                world.Create(args[3], Traits(args.Optional(2)), attributes);
            }
        });
        steps.Add(Family, Current + @" (?:with|for|in)(?: an)? existing ""([^""]*)""(?: through ""([^""]*)"")?", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                // Keygen's step takes a random one; the replay takes the first, so a rerun repeats itself.
                var existing = world.Records(args[4]).FirstOrDefault() ?? throw new InvalidOperationException($"There is no existing {args[4]}.");
                world.Create(args[3], Traits(args.Optional(2)), new Dictionary<string, object?> { [args.Optional(5) ?? Names.Singular(args[4])] = existing });
            }
        });
        steps.Add(Family, Current + @" (?:with|for|in) (?:all|each) ""([^""]*)"" with the following(?: attributes)?:", (world, args) =>
            ForEach(world, args.Int(1), args.Optional(2), args[3], args[4], null, Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, Current + @" (?:with|for|in) (?:all|each) ""([^""]*)""(?: through ""([^""]*)"")?", (world, args) =>
            ForEach(world, args.Int(1), args.Optional(2), args[3], args[4], args.Optional(5), new Dictionary<string, object?>()));
    }

    private static void RegisterCounts(StepLibrary steps)
    {
        steps.Add(Family, @"the account ""([^""]*)"" has " + Count + " with the following(?: attributes)?:", (world, args) =>
            ScenarioWorld.Create(world.AccountNamed(args[1]), args[4], args.Int(2), Traits(args.Optional(3)), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, @"the account ""([^""]*)"" has " + Count, (world, args) =>
            ScenarioWorld.Create(world.AccountNamed(args[1]), args[4], args.Int(2), Traits(args.Optional(3))));
        steps.Add(Family, "the current account has " + Count + " with the following(?: attributes)?:", (world, args) =>
            ScenarioWorld.Create(world.Account, args[3], args.Int(1), Traits(args.Optional(2)), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, "the current account has " + Count, (world, args) =>
            ScenarioWorld.Create(world.Account, args[3], args.Int(1), Traits(args.Optional(2))));
    }

    private static void RegisterSchemes(StepLibrary steps)
    {
        steps.Add(Family, @"the current account has (\d+) legacy encrypted ""([^""]*)""", (_, _) =>
            throw new StepUnsupportedException("LEGACY_ENCRYPT keys (the emulator refuses the scheme)"));
        steps.Add(Family, @"the current account has (\d+) ""([^""]*)"" using ""([^""]*)""", (world, args) =>
        {
            for (var i = 0; i < args.Int(1); i++)
            {
                var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
                var template = args[3] == "RSA_2048_JWT_RS256" ? $"{{\"key\":\"{key}\"}}" : key;
                world.Crypt.Add(world.Create(args[2], [args[3].ToLowerInvariant()], new Dictionary<string, object?> { ["key"] = template }));
            }
        });
        steps.Add(Family, @"the (first|second|third|fourth|fifth) ""license"" has the following (policy|license) entitlements:", (world, args) =>
        {
            var license = ScenarioWorld.Pick(world.Account.List("licenses"), args[1], "license");
            var holder = args[2] == "policy" ? license.Related("policy")! : license;
            foreach (var code in System.Text.Json.Nodes.JsonNode.Parse(Placeholders.PlaceholderExpander.Expand(args.DocString, world))!.AsArray())
            {
                var entitlement = world.Account.Create("entitlement", attributes: new Dictionary<string, object?> { ["code"] = code!.GetValue<string>() });
                world.Account.Create(args[2] + "-entitlement", attributes: new Dictionary<string, object?> { [args[2]] = holder, ["entitlement"] = entitlement });
            }
        });
    }

    /// <summary>Accounts and plans are made in the emulator at large; anything else in the current account.</summary>
    private static void CreateGlobal(ScenarioWorld world, string name, Dictionary<string, object?> attributes)
    {
        switch (name.TrimEnd('s'))
        {
            case "plan":
                world.Data.CreatePlan(attributes);
                break;
            case "account":
                var slug = attributes.Remove("slug", out var given) ? (string)given! : "account-" + Guid.NewGuid().ToString("N")[..8];
                world.Data.CreateAccount(slug, attributes);
                break;
            default:
                world.Create(name, [], attributes);
                break;
        }
    }

    /// <summary>Makes <paramref name="count"/> for each record of <paramref name="owners"/> (only those of an environment trait's environment).</summary>
    private static void ForEach(ScenarioWorld world, int count, string? traitList, string name, string owners, string? through, Dictionary<string, object?> attributes)
    {
        var traits = Traits(traitList);
        var records = world.Records(owners).Where(record => InTraitEnvironment(record, traits)).ToList();
        var association = name.TrimEnd('s') == "token" ? "bearer" : through ?? Names.Singular(owners);
        foreach (var record in records)
        {
            for (var i = 0; i < count; i++)
            {
                world.Create(name, traits, new Dictionary<string, object?>(attributes) { [association] = record });
            }
        }
    }

    /// <summary>Keygen's <c>for_environment</c>: an isolated trait the isolated environment's rows, shared also the global ones, global the global ones.</summary>
    private static bool InTraitEnvironment(DataRecord record, IReadOnlyList<string> traits) => traits switch
    {
        _ when traits.Contains("isolated") => record.Environment == "isolated",
        _ when traits.Contains("shared") => record.Environment is null or "shared",
        _ when traits.Contains("global") => record.Environment is null,
        _ => true,
    };

    /// <summary>The attribute a record of <paramref name="owner"/> is given as: a token's <c>bearer</c>, otherwise the owner's singular name.</summary>
    private static string Association(string resource, string owner) => resource.TrimEnd('s') == "token" ? "bearer" : Names.Singular(owner);


    private static IReadOnlyList<string> Traits(string? traits) => traits?.Split('+') ?? [];

    /// <summary>Rails' <c>presence</c> on each value: blank strings become null.</summary>
    private static Dictionary<string, object?> Presence(Dictionary<string, object?> attributes) =>
        attributes.ToDictionary(p => p.Key, p => p.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length == 0 ? null : p.Value);
}

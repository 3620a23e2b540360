using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// What the server stored after the request (<c>resource_steps.rb</c>'s <c>should have</c> steps): counts of resources
/// by kind and role, a resource's attributes (read as the API shows them; a column name such as
/// <c>last_validated_at</c> reads the attribute it backs), and a listed resource's data by position.
/// </summary>
internal static class StateSteps
{
    private const string Family = "state";

    private const string Ordinal = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last)";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"the current account should have (\d+) ""([^""]*)"" admins?", (world, args) => Count(world.Account, RoleOf(args[2]), args.Int(1)));
        steps.Add(Family, @"the account ""([^""]*)"" should have (\d+) ""([^""]*)"" admins?", (world, args) => Count(world.AccountNamed(args[1]), RoleOf(args[3]), args.Int(2)));
        steps.Add(Family, @"the current account should have (\d+) ""([^""]*)""", (world, args) => Count(world.Account, CountedName(args[2]), args.Int(1)));
        steps.Add(Family, @"the account ""([^""]*)"" should have (\d+) ""([^""]*)""", (world, args) => Count(world.AccountNamed(args[1]), CountedName(args[3]), args.Int(2)));
        steps.Add(Family, @"the current (?:bearer|user|license|product) should have (\d+) ""([^""]*)""", (world, args) =>
        {
            var bearer = world.Bearer ?? throw new InvalidOperationException("The scenario has no bearer.");
            var count = Related(world, bearer, args[2]).Count;
            Expect.True(count == args.Int(1), $"the bearer has {count} {args[2]}, expected {args[1]}", bearer.ToString());
        });
        steps.Add(Family, @"there should be (\d+) ""([^""]*)""", (world, args) =>
        {
            var count = args[2].TrimEnd('s') switch
            {
                "account" => world.Accounts.Count,
                "plan" => world.Data.Plans.Count,
                _ => world.Accounts.Sum(a => ScenarioWorld.Records(a, args[2]).Count),
            };
            Expect.True(count == args.Int(1), $"there are {count} {args[2]}, expected {args[1]}", string.Empty);
        });

        steps.Add(Family, @"the account ""([^""]*)"" should have the following attributes:", (world, args) =>
            Expect.Matches(IncludesColumns(world.AccountNamed(args[1]).Document, Expected(world, args.DocString)), "account"));
        steps.Add(Family, "the current token should have the following attributes:", (world, args) =>
            Expect.Matches(IncludesColumns(world.Token?.Token.Document ?? throw new InvalidOperationException("No token was made."), Expected(world, args.DocString)), "token"));
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" (?:for|of) account ""([^""]*)"" should have the following attributes:", (world, args) =>
        {
            var account = world.AccountNamed(args[3]);
            Expect.Matches(IncludesColumns(ScenarioWorld.Pick(ScenarioWorld.Records(account, args[2]), args[1], args[2]).Document, Expected(world, args.DocString)), args[2]);
        });
        steps.Add(Family, $@"the (first|second|third|fourth|fifth|last) ""([^""]*)"" admin (?:for|of) account ""([^""]*)"" should have the following attributes:", (world, args) =>
        {
            var account = world.AccountNamed(args[3]);
            Expect.Matches(IncludesColumns(ScenarioWorld.Pick(account.List(RoleOf(args[2])), args[1], args[2]).Document, Expected(world, args.DocString)), args[2]);
        });
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" should have the following attributes:", (world, args) =>
            Expect.Matches(IncludesColumns(Stored(world, args[2], args[1]).Document, Expected(world, args.DocString)), args[2]));
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" should not have the following attributes:", (world, args) =>
            Expect.True(IncludesColumns(Stored(world, args[2], args[1]).Document, Expected(world, args.DocString)) is not null, $"{args[2]} has the attributes it should not have", args.DocString));
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" should have the following relationships:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Listed(world, args[2], args[1])["relationships"], Expected(world, args.DocString)), "relationships"));
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" should have the following data:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Listed(world, args[2], args[1]), Expected(world, args.DocString)), "data"));

        RegisterLicenseChecks(steps);

        steps.Add(Family, @"the (first|second|third|fourth|fifth|last) ""release"" should (be|not be) yanked", (world, args) =>
        {
            var yanked = Stored(world, "releases", args[1])["yanked"] is not null;
            Expect.True(yanked == (args[2] == "be"), yanked ? "the release is yanked" : "the release is not yanked", string.Empty);
        });
        steps.Add(Family, @"the (\w+) ""([^""]*)"" should have the (\w+) ""([^""]+)""", (world, args) =>
        {
            var actual = JsonMatch.RubyString(Stored(world, args[2], args[1])[args[3]]);
            Expect.True(actual == args[4], $"{args[2]} {args[3]} differs", $"{args[3]} is \"{actual}\", expected \"{args[4]}\"");
        });
        steps.Add(Family, @"the (?!account)(\w+) ""([^""]*)"" should have (\w+) ""([^""]+)""", (world, args) =>
        {
            var count = Related(world, Stored(world, args[2], args[1]), args[4]).Count;
            Expect.True(count.ToString(System.Globalization.CultureInfo.InvariantCulture) == args[3], $"{args[2]} has {count} {args[4]}, expected {args[3]}", string.Empty);
        });
    }

    private static void RegisterLicenseChecks(StepLibrary steps)
    {
        // Keygen's machines_core_count (memory, disk) columns are not attributes: its license serializer shows them as
        // the meta of the machines relationship (cores, memory, disk), which is where the replay reads them.
        foreach (var (measure, machineAttribute) in new[] { ("core", "cores"), ("memory", "memory"), ("disk", "disk") })
        {
            steps.Add(Family, $@"the {Ordinal} ""license"" should have a correct machine {measure} count", (world, args) =>
            {
                var license = Stored(world, "licenses", args[1]);
                var sum = world.Account.List("machines").Where(m => m["licenseId"]?.GetValue<string>() == license.Id)
                    .Sum(m => JsonMatch.Number(m[machineAttribute]));
                var actual = JsonMatch.Number(license.Document["relationships"]?["machines"]?["meta"]?[machineAttribute]);
                Expect.True(actual == sum, $"license machines {machineAttribute} meta is not the machines' total", $"meta {machineAttribute} is {actual}, machines total {sum}");
            });
        }

        steps.Add(Family, $@"the {Ordinal} ""license"" should have an? (\w+) within seconds of ""([^""]+)""", (world, args) =>
        {
            var actual = RubyTime.Parse(JsonMatch.RubyString(Stored(world, "licenses", args[1])[args[2]]));
            var expected = RubyTime.Parse(PlaceholderExpander.Expand(args[3], world));
            Expect.True(actual is not null && expected is not null && Math.Abs((actual.Value - expected.Value).TotalSeconds) <= 3,
                $"license {args[2]} is not within 3 seconds", $"{actual?.ToString("O")} vs {expected?.ToString("O")}");
        });
        steps.Add(Family, $@"the {Ordinal} ""license"" should have an? (\d+) (\w+) expiry", (world, args) =>
        {
            var expiry = RubyTime.Parse(JsonMatch.RubyString(Stored(world, "licenses", args[1])["expiry"]));
            var expected = RubyTime.Move(world.Now, args.Int(2), args[3].TrimEnd('s'));
            Expect.True(expiry is not null && Math.Abs((expiry.Value - expected).TotalSeconds) <= 30, $"license expiry is not {args[2]} {args[3]} away", $"expiry {expiry?.ToString("O")}, expected about {expected:O}");
        });
        steps.Add(Family, $@"the {Ordinal} ""license"" should not have an expiry", (world, args) =>
            Expect.True(Stored(world, "licenses", args[1])["expiry"] is null, "the license has an expiry", string.Empty));
        steps.Add(Family, $@"the {Ordinal} ""license"" should have an? (\w+) ""([^""]+)""", (world, args) =>
        {
            var actual = JsonMatch.RubyString(Stored(world, "licenses", args[1])[args[2]]);
            var expected = PlaceholderExpander.Expand(args[3], world);
            Expect.True(actual == expected, $"license {args[2]} differs", $"\"{actual}\", expected \"{expected}\"");
        });
    }

    /// <summary>
    /// The suite compares stored columns (<c>expect(model.attributes).to include attrs</c>); the replay reads the same
    /// values through the resource as rendered, column names mapped to attributes (<c>…_at</c>, <c>…_id</c>).
    /// </summary>
    private static string? IncludesColumns(JsonObject resource, JsonNode? expected)
    {
        if (expected is not JsonObject columns)
        {
            return "the expectation is not an object";
        }

        foreach (var (column, value) in columns)
        {
            var actual = DataRecord.Read(resource, column);
            var equal = value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && RubyTime.Parse(v.GetValue<string>()) is { } time && actual is not null
                ? RubyTime.Parse(JsonMatch.RubyString(actual)) == time
                : JsonMatch.Equal(actual, value) is null;
            if (!equal)
            {
                return $"{column} is {JsonMatch.Show(actual)}, expected {JsonMatch.Show(value)}";
            }
        }

        return null;
    }

    /// <summary>
    /// Counts as Keygen's step does: <c>users</c> are the users whose role is user, <c>administrators</c> every user
    /// of a staff role, a role its users, anything else every resource of the kind.
    /// </summary>
    private static void Count(AccountData account, string name, int expected)
    {
        var count = name switch
        {
            "user" or "users" => account.List("users").Count(u => u["role"]?.GetValue<string>() == "user"),
            "administrator" or "administrators" => account.List("users").Count(u => u["role"]?.GetValue<string>() != "user"),
            _ => ScenarioWorld.Records(account, name).Count,
        };
        Expect.True(count == expected, $"{count} {name}, expected {expected}", $"account {account.Slug}");
    }

    private static string CountedName(string name) =>
        name.StartsWith("read", StringComparison.Ordinal) && name.Contains("only", StringComparison.Ordinal) ? "read-only" : name;

    private static string RoleOf(string role) => role switch
    {
        "developer" => "developer",
        _ when role.StartsWith("sales", StringComparison.Ordinal) => "sales-agent",
        _ when role.StartsWith("support", StringComparison.Ordinal) => "support-agent",
        _ => "read-only",
    };

    private static DataRecord Stored(ScenarioWorld world, string name, string ordinal) => ScenarioWorld.Pick(world.Records(name), ordinal, name);

    /// <summary>A listed resource of the last response by its position among those of the type.</summary>
    private static JsonObject Listed(ScenarioWorld world, string name, string ordinal)
    {
        var type = Names.Pluralize(name);
        var items = world.Http.Last.DataArray.OfType<JsonObject>().Where(i => i["type"]?.GetValue<string>() == type).ToList();
        return ScenarioWorld.Pick(items, ordinal, type);
    }

    /// <summary>A resource's related resources of a kind (a license's machines, a user's tokens), through their relationships to it.</summary>
    private static IReadOnlyList<DataRecord> Related(ScenarioWorld world, DataRecord owner, string name)
    {
        var singular = Names.Singular(owner.Type);
        var link = owner.Type == "users" ? new[] { "owner", "user", "bearer" } : [singular, "bearer"];
        return world.Records(name).Where(r => link.Any(l => r[l + "Id"]?.GetValue<string>() == owner.Id)).ToList();
    }

    private static JsonNode? Expected(ScenarioWorld world, string docString) => JsonNode.Parse(PlaceholderExpander.Expand(docString, world));
}

using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Changing stored resources before the request (<c>resource_steps.rb</c>): "the first "license" has the following
/// attributes:", ranges and counts of resources, metadata, what a resource belongs to, the bearer's and the token's
/// attributes, a bearer's permissions. Assigned without validation, as the suite's <c>save(validate: false)</c> does.
/// </summary>
internal static class AttributeSteps
{
    private const string Family = "attributes";

    private const string Ordinal = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last)";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" (?:for|of) account ""([^""]*)"" has the following attributes:", (world, args) =>
        {
            var account = world.AccountNamed(args[3]);
            world.Update(account, ScenarioWorld.Pick(ScenarioWorld.Records(account, args[2]), args[1], args[2]), Attributes.FromJson(world, args.DocString));
        });
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" (?:for|of) account ""([^""]*)"" has the following metadata:", (world, args) =>
        {
            var account = world.AccountNamed(args[3]);
            world.Update(account, ScenarioWorld.Pick(ScenarioWorld.Records(account, args[2]), args[1], args[2]), Metadata(world, args.DocString));
        });
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" has the following attributes:", (world, args) => Update(world, args[2], args[1], Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, $@"the {Ordinal} ""([^""]*)"" has the following metadata:", (world, args) => Update(world, args[2], args[1], Metadata(world, args.DocString)));
        steps.Add(Family, @"the (first|second|third|fourth|fifth|last) ""([^""]*)"" has the following permissions:", (world, args) =>
            Update(world, args[2], args[1], new Dictionary<string, object?> { ["permissions"] = System.Text.Json.Nodes.JsonNode.Parse(Placeholders.PlaceholderExpander.Expand(args.DocString, world)) }));

        steps.Add(Family, @"(?:all|the) ""([^""]*)"" have the following attributes:", (world, args) =>
            UpdateAll(world, world.Records(args[1]), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, @"the first (\d+) ""([^""]*)"" have the following attributes:", (world, args) =>
            UpdateAll(world, world.Records(args[2]).Take(args.Int(1)), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, @"the last (\d+) ""([^""]*)"" have the following attributes:", (world, args) =>
            UpdateAll(world, world.Records(args[2]).TakeLast(args.Int(1)), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, @"(\d+) ""([^""]*)"" (?:have|has) the following attributes:", (world, args) =>
            UpdateAll(world, world.Records(args[2]).Take(args.Int(1)), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, @"(?:the )?""([^""]*)"" (\d+)(?:\.\.(\.)?)(\d+) (?:have|has) the following attributes:", (world, args) =>
        {
            var (start, end) = (args.Int(2), args.Int(4));
            var exclusive = args.Optional(3) is not null;
            var records = world.Records(args[1]);
            var slice = records.Skip(start).Take(Math.Max(0, Math.Min(records.Count, exclusive ? end : end + 1) - start));
            UpdateAll(world, slice, Attributes.FromJson(world, args.DocString));
        });
        steps.Add(Family, @"""([^""]*)"" (\d+) has the following attributes:", (world, args) =>
            world.Update(world.Account, world.Records(args[1])[args.Int(2)], Attributes.FromJson(world, args.DocString)));

        steps.Add(Family, "I have the following attributes:", (world, args) =>
            world.Update(world.BearerAccount!, world.Bearer ?? throw new InvalidOperationException("The scenario has no bearer."), Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, "the current token has the following attributes:", (world, args) =>
            world.Update(world.BearerAccount!, world.Token?.Token ?? throw new InvalidOperationException("No token was made."), Attributes.FromJson(world, args.DocString)));

        steps.Add(Family, $@"the (first|last) (\d+) ""([^""]*)"" (?:belong to|is in) the (\w+) ""([^""]*)""(?: through ""([^""]*)"")?", (world, args) =>
        {
            var records = world.Records(args[3]);
            var chosen = args[1] == "first" ? records.Take(args.Int(2)) : records.Reverse().Take(args.Int(2));
            var owner = ScenarioWorld.PickOrDefault(world.Records(args[5]), args[4]);
            UpdateAll(world, chosen, new Dictionary<string, object?> { [args.Optional(6) ?? Names.Singular(args[5])] = owner });
        });
        steps.Add(Family, @"(?:all|the) ""([^""]*)"" belong to the (\w+) ""([^""]*)""(?: through ""([^""]*)"")?", (world, args) =>
        {
            var owner = ScenarioWorld.PickOrDefault(world.Records(args[3]), args[2]);
            UpdateAll(world, world.Records(args[1]), new Dictionary<string, object?> { [args.Optional(4) ?? Names.Singular(args[3])] = owner });
        });
        steps.Add(Family, @"the (\w+) ""([^""]*)"" (?:belongs to|is in) the (\w+) ""([^""]*)""(?: through ""([^""]*)"")?", (world, args) =>
        {
            var owner = ScenarioWorld.PickOrDefault(world.Records(args[4]), args[3]);
            Update(world, args[2], args[1], new Dictionary<string, object?> { [args.Optional(5) ?? Names.Singular(args[4])] = owner });
        });
        steps.Add(Family, @"the (\w+) ""([^""]*)"" is associated (?:with|to) the (\w+) ""([^""]*)""(?: as ""([^""]*)"")?", (world, args) =>
        {
            var owner = ScenarioWorld.Pick(world.Records(args[4]), args[3], args[4]);
            var association = args.Optional(5) ?? Names.Singular(args[4]);
            var record = ScenarioWorld.Pick(world.Records(args[2]), args[1], args[2]);
            if (association is "users" && args[2].StartsWith("license", StringComparison.Ordinal))
            {
                // A license's users are attached through license-users (Keygen's has_many :users, through: :license_users).
                world.Account.Create("license-user", attributes: new Dictionary<string, object?> { ["license"] = record, ["user"] = owner });
            }
            else
            {
                world.Update(world.Account, record, new Dictionary<string, object?> { [association] = owner });
            }
        });
    }

    private static void Update(ScenarioWorld world, string name, string ordinal, IReadOnlyDictionary<string, object?> attributes)
    {
        if (name.TrimEnd('s') == "plan")
        {
            world.Data.UpdatePlan(ScenarioWorld.Pick(world.Data.Plans, ordinal, "plan"), attributes);
            return;
        }

        world.Update(world.Account, ScenarioWorld.Pick(world.Records(name), ordinal, name), attributes);
    }

    private static void UpdateAll(ScenarioWorld world, IEnumerable<DataRecord> records, IReadOnlyDictionary<string, object?> attributes)
    {
        foreach (var record in records.ToList())
        {
            world.Update(world.Account, record, attributes);
        }
    }

    private static Dictionary<string, object?> Metadata(ScenarioWorld world, string docString) =>
        new() { ["metadata"] = System.Text.Json.Nodes.JsonNode.Parse(Placeholders.PlaceholderExpander.Expand(docString, world)) };

}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Placeholders;

namespace Keygen.Acceptance.Steps;

/// <summary>Response headers (<c>the response should contain the following headers:</c> and its variants).</summary>
internal static class ResponseHeaderSteps
{
    private const string Family = "headers";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, "the response(?: headers)? should contain the following(?: headers)?:", (world, args) =>
        {
            foreach (var (name, value) in JsonNode.Parse(PlaceholderExpander.Expand(args.DocString, world))!.AsObject())
            {
                Header(world, name, value?.GetValue<string>()?.Trim(), equal: true);
            }
        });
        steps.Add(Family, "the response(?: headers)? should not contain the following(?: headers)?:", (world, args) =>
        {
            foreach (var (name, value) in JsonNode.Parse(PlaceholderExpander.Expand(args.DocString, world))!.AsObject())
            {
                Header(world, name, value?.GetValue<string>()?.Trim(), equal: false);
            }
        });
        steps.Add(Family, "the response should contain the following raw headers:", (world, args) =>
        {
            foreach (var line in PlaceholderExpander.Expand(args.DocString, world).Split('\n').Where(l => l.Length > 0))
            {
                var separator = line.IndexOf(':', System.StringComparison.Ordinal);
                Header(world, line[..separator], line[(separator + 1)..].Trim(), equal: true);
            }
        });
        steps.Add(Family, @"the response headers should not contain ""([^""]+)""", (world, args) =>
            Expect.True(!world.Http.Last.Headers.ContainsKey(args[1]), $"header {args[1]} is present", $"{args[1]}: {world.Http.Last.Headers.GetValueOrDefault(args[1])}"));
        steps.Add(Family, @"the response headers should contain ""([^""]+)"" with ""([^""]+)""", (world, args) => Header(world, args[1], args[2], equal: true));
    }

    /// <summary>A header equals (or not) the value; a missing header reads as null, as Rack's header hash does.</summary>
    private static void Header(Running.ScenarioWorld world, string name, string? expected, bool equal)
    {
        var actual = world.Http.Last.Headers.TryGetValue(name, out var value) ? value : null;
        Expect.True((actual == expected) == equal, equal ? $"header {name} differs" : $"header {name} has the value it should not have",
            $"{name}: {actual ?? "(absent)"}, expected {(equal ? string.Empty : "not ")}{expected ?? "(absent)"}");
    }
}

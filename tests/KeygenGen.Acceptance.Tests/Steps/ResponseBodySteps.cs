using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Verification;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// What the response body holds (<c>request_steps.rb</c>): documents, resources and their attributes, arrays of
/// resources, meta, errors and links, compared the way the Ruby steps compare them (RSpec's <c>include</c> and
/// <c>eq</c>, attributes by <c>to_s</c>).
/// </summary>
internal static class ResponseBodySteps
{
    private const string Family = "body";

    private const string Resource = @"the response body should (?:contain|be) an? ""([^""]*)""";

    public static void Register(StepLibrary steps)
    {
        RegisterDocuments(steps);
        RegisterArrays(steps);
        RegisterResourceDetails(steps);
        RegisterResourceAttributes(steps);
        RegisterMetaAndErrors(steps);
    }

    private static void RegisterDocuments(StepLibrary steps)
    {
        steps.Add(Family, "the response body should include the following:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(world.Http.Last.Json, Expected(world, args.DocString)), "body"));
        steps.Add(Family, "the response body should be the following:", (world, args) =>
            Expect.Matches(JsonMatch.Equal(world.Http.Last.Json, Expected(world, args.DocString)), "body"));
        steps.Add(Family, "the response body should be a text document with the following content:", (world, args) =>
        {
            var expected = PlaceholderExpander.Expand(args.DocString, world).Trim();
            Expect.True(world.Http.Last.Body.Trim() == expected, "text body differs", $"got: {world.Http.Last.Body.Trim()}");
        });
        steps.Add(Family, "the response body should be a JSON document with the following content:", (world, args) =>
        {
            // Ruby compares both documents pretty-printed, so key order counts too.
            var expected = Pretty(Expected(world, args.DocString));
            var actual = Pretty(world.Http.Last.Json);
            Expect.True(actual == expected, "JSON document differs", $"got: {actual}");
        });
        steps.Add(Family, @"the JSON data should be sorted by ""([^""]+)""", (world, args) =>
        {
            var data = world.Http.Last.DataArray;
            var keys = data.Select(item => JsonMatch.RubyString(Dig(item, args[1].Split('.')))).ToList();
            var sorted = keys.OrderByDescending(k => k, StringComparer.Ordinal).ToList();
            Expect.True(keys.SequenceEqual(sorted), $"data is not sorted by {args[1]} (descending)", string.Join(", ", keys));
        });
    }

    private static void RegisterArrays(StepLibrary steps)
    {
        const string Array = @"the response body should (?:contain|be) an array (?:with|of) (\d+) ""([^""]*)""";
        steps.Add(Family, Array + " with the following:", (world, args) =>
            CountMatching(world, args.Int(1), args[2], item => JsonMatch.Includes(item, Expected(world, args.DocString)) is null));
        steps.Add(Family, Array + " with the following attributes:", (world, args) =>
            CountMatching(world, args.Int(1), args[2], item => JsonMatch.Includes(item["attributes"], Expected(world, args.DocString)) is null));
        steps.Add(Family, Array + " with the following relationships:", (world, args) =>
            CountMatching(world, args.Int(1), args[2], item => JsonMatch.Includes(item["relationships"], Expected(world, args.DocString)) is null));
        steps.Add(Family, Array, (world, args) =>
        {
            CountMatching(world, args.Int(1), args[2], _ => true);
            if (world.HasAccount)
            {
                foreach (var item in world.Http.Last.DataArray)
                {
                    var account = item?["relationships"]?["account"]?["data"]?["id"]?.GetValue<string>();
                    Expect.True(account == world.Account.Id, "an item's account is not the current account", $"item {item?["id"]} has account {account}");
                }
            }
        });
        steps.Add(Family, @"the response body should (?:contain|be) an array of ""([^""]*)""", (world, args) =>
        {
            foreach (var item in world.Http.Last.DataArray)
            {
                Expect.Type((JsonObject)item!, args[1]);
            }
        });
        steps.Add(Family, "the response body should (?:contain|be) an empty array", (world, _) =>
            Expect.True(world.Http.Last.DataArray.Count == 0, "data is not empty", $"data has {world.Http.Last.DataArray.Count} items"));
    }

    private static void RegisterResourceDetails(StepLibrary steps)
    {
        steps.Add(Family, @"the response body should contain an included ""([^""]*)"" with the following relationships:", (world, args) =>
        {
            var included = world.Http.Last.Json["included"] as JsonArray;
            Expect.True(included?.Any(i => i?["type"]?.GetValue<string>() == Names.Pluralize(args[1])) == true, "no such included resource", $"included: {JsonMatch.Show(included)}");
            Expect.Matches(JsonMatch.Includes(included![0]?["relationships"], Expected(world, args.DocString)), "included relationships");
        });
        steps.Add(Family, @"the response body should contain an included ""([^""]*)""", (world, args) =>
        {
            var included = world.Http.Last.Json["included"] as JsonArray;
            Expect.True(included?.Any(i => i?["type"]?.GetValue<string>() == Names.Pluralize(args[1])) == true, "no such included resource", $"included: {JsonMatch.Show(included)}");
        });
        steps.Add(Family, Resource + @" with the following ""([^""]*)"":", (world, args) =>
        {
            var data = Typed(world, args[1]);
            Expect.Matches(JsonMatch.Equal(data["attributes"]?[args[2]], JsonNode.Parse(args.DocString)), "attribute " + args[2]);
        });
        steps.Add(Family, Resource + " with the following data:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Typed(world, args[1]), Expected(world, args.DocString)), "data"));
        steps.Add(Family, Resource + " with the following attributes:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Typed(world, args[1])["attributes"], Expected(world, args.DocString)), "attributes"));
        steps.Add(Family, Resource + " with the following relationships:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Typed(world, args[1])["relationships"], Expected(world, args.DocString)), "relationships"));
        steps.Add(Family, Resource + " with the following meta:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(Typed(world, args[1])["meta"], Expected(world, args.DocString)), "resource meta"));
        steps.Add(Family, Resource + " with no meta", (world, args) =>
            Expect.True(!Typed(world, args[1]).ContainsKey("meta"), "the resource has meta", JsonMatch.Show(world.Http.Last.Data["meta"])));
        steps.Add(Family, Resource + @" without(?: an?)? ""([^""]*)"" link", (world, args) =>
            Expect.True(Typed(world, args[1])["links"]?[args[2]] is null && !(world.Http.Last.Data["links"] as JsonObject ?? []).ContainsKey(args[2]), $"link {args[2]} is present", JsonMatch.Show(world.Http.Last.Data["links"])));
        steps.Add(Family, Resource + @" with(?: an?)? ""([^""]*)"" link", (world, args) =>
            Expect.True((Typed(world, args[1])["links"] as JsonObject ?? []).ContainsKey(args[2]), $"link {args[2]} is missing", JsonMatch.Show(world.Http.Last.Data["links"])));
        steps.Add(Family, @"the response body should contain the following links:", (world, args) =>
        {
            var links = world.Http.Last.Json["links"] as JsonObject;
            var decoded = links is null ? null : new JsonObject(links.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(
                p.Key, p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Uri.UnescapeDataString(v.GetValue<string>().Replace('+', ' '))) : p.Value?.DeepClone())));
            Expect.Matches(JsonMatch.Includes(decoded, Expected(world, args.DocString)), "links");
        });
    }

    private static void RegisterResourceAttributes(StepLibrary steps)
    {
        steps.Add(Family, Resource + @" with (?:the|an?) encoded (\w+) (?:of )?""([^""]*)"" using ""([^""]*)""", (world, args) =>
        {
            if (args[4] != "BASE64")
            {
                throw new InvalidOperationException("unknown encoding scheme " + args[4]);
            }

            var encoded = JsonMatch.RubyString(Typed(world, args[1])["attributes"]?[args[2]]);
            var decoded = System.Text.Encoding.UTF8.GetString(Base64Url.Decode(encoded));
            Expect.True(decoded == args[3], $"decoded {args[2]} differs", $"decoded \"{decoded}\", expected \"{args[3]}\"");
        });
        steps.Add(Family, Resource + @" with an? (\w+) within seconds of ""([^""]*)""", (world, args) =>
        {
            var actual = RubyTime.Parse(JsonMatch.RubyString(Typed(world, args[1])["attributes"]?[args[2]]));
            var expected = RubyTime.Parse(PlaceholderExpander.Expand(args[3], world));
            Expect.True(actual is not null && expected is not null && Math.Abs((actual.Value - expected.Value).TotalSeconds) <= 3,
                $"{args[2]} is not within 3 seconds", $"{args[2]} is {actual?.ToString("O")}, expected about {expected?.ToString("O")}");
        });
        steps.Add(Family, Resource + @" with a nil (\w+)", (world, args) => Nil(world, args[1], args[2], expectNil: true));
        steps.Add(Family, Resource + @" without an? (\w+)", (world, args) => Nil(world, args[1], args[2], expectNil: true));
        steps.Add(Family, Resource + @" with an? (\w+) that is not ""([^""]*)""", (world, args) =>
        {
            var actual = Value(Typed(world, args[1]), args[2]);
            Expect.True(actual != args[3], $"{args[2]} is the value it should not be", $"{args[2]} is \"{actual}\"");
        });
        steps.Add(Family, Resource + @" with an? (\w+)(?: that is not nil)?", (world, args) => Nil(world, args[1], args[2], expectNil: false));
        steps.Add(Family, Resource + @" that (?:is|does) not (\w+)", (world, args) => Flag(world, args[1], args[2], expected: false));
        steps.Add(Family, Resource + @" that (?:is|does|has) (\w+)", (world, args) => Flag(world, args[1], args[2], expected: true));
        steps.Add(Family, Resource + @" without an? ""([^""]*)"" attribute", (world, args) =>
            Expect.True(!(Typed(world, args[1])["attributes"] as JsonObject ?? []).ContainsKey(args[2]), $"attribute {args[2]} is present", "it should be absent"));
        steps.Add(Family, Resource + @" with an? ""([^""]*)"" attribute", (world, args) =>
            Expect.True((Typed(world, args[1])["attributes"] as JsonObject ?? []).ContainsKey(args[2]), $"attribute {args[2]} is missing", "it should be present"));
        steps.Add(Family, Resource + @" with (?:(?:the|an?) )?(\w+) ""([^""]*)""", (world, args) =>
        {
            var actual = Value(Typed(world, args[1]), args[2]);
            Expect.True(actual == args[3], $"{args[2]} differs", $"{args[2]} is \"{actual}\", expected \"{args[3]}\"");
        });
        steps.Add(Family, Resource, (world, args) => Typed(world, args[1]));
        steps.Add(Family, @"the response body should not (?:contain|be) an? ""([^""]*)""", (world, args) =>
        {
            var data = world.Http.Last.Json["data"];
            Expect.True(data is not JsonObject resource || resource["type"]?.GetValue<string>() != Names.Pluralize(args[1]), $"data is a {args[1]}", JsonMatch.Show(data));
        });
    }

    private static void RegisterMetaAndErrors(StepLibrary steps)
    {
        steps.Add(Family, "the response body should (?:contain|be) meta with the following:", (world, args) =>
            Expect.Matches(JsonMatch.Equal(world.Http.Last.Json["meta"], Expected(world, args.DocString)), "meta"));
        steps.Add(Family, "the response body should (?:contain|be) meta which includes the following:", (world, args) =>
            Expect.Matches(JsonMatch.Includes(world.Http.Last.Json["meta"], Expected(world, args.DocString)), "meta"));
        steps.Add(Family, @"the response body should (?:contain|be) an array of (\d+) errors?", (world, args) =>
        {
            var count = (world.Http.Last.Json["errors"] as JsonArray)?.Count;
            Expect.True(count == args.Int(1), $"{count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} errors, expected {args[1]}", $"status {world.Http.Last.Status}: {JsonMatch.Show(world.Http.Last.Json["errors"] ?? world.Http.Last.Json)}");
        });
        steps.Add(Family, "the response body should (?:contain|be) an array of errors?", (world, _) =>
            Expect.True((world.Http.Last.Json["errors"] as JsonArray)?.Count >= 1, "no errors", $"status {world.Http.Last.Status}"));
        steps.Add(Family, @"the response body should (?:contain|be) a ""([^""]*)"" array with (\d+) items", (world, args) =>
            Expect.True((world.Http.Last.Json[args[1]] as JsonArray)?.Count == args.Int(2), $"{args[1]} is not an array of {args[2]}", JsonMatch.Show(world.Http.Last.Json[args[1]])));
        steps.Add(Family, @"the response body should (?:contain|be) a ""([^""]*)"" array", (world, args) =>
            Expect.True(world.Http.Last.Json[args[1]] is JsonArray, $"{args[1]} is not an array", JsonMatch.Show(world.Http.Last.Json[args[1]])));
        steps.Add(Family, @"the (\w+) error should have the following properties:", (world, args) =>
        {
            var errors = world.Http.Last.Json["errors"] as JsonArray ?? throw new StepFailedException("no errors", $"status {world.Http.Last.Status}: {JsonMatch.Show(world.Http.Last.Json)}");
            var index = ScenarioWorld.IndexOf(args[1], errors.Count);
            Expect.True(index >= 0 && index < errors.Count, $"no {args[1]} error", $"{errors.Count} errors");
            Expect.Matches(JsonMatch.Includes(errors[index], Expected(world, args.DocString)), "error");
        });
        steps.Add(Family, "an error should have the following properties:", (world, args) =>
        {
            var errors = world.Http.Last.Json["errors"] as JsonArray ?? throw new StepFailedException("no errors", $"status {world.Http.Last.Status}");
            var expected = Expected(world, args.DocString);
            var differences = errors.Select(error => JsonMatch.Includes(error, expected)).ToList();
            if (differences.All(d => d is not null))
            {
                Expect.Matches(differences.FirstOrDefault() ?? "there are no errors", "error");
            }
        });
    }

    /// <summary><c>data</c> of the expected type.</summary>
    private static JsonObject Typed(ScenarioWorld world, string name)
    {
        var data = world.Http.Last.Data;
        Expect.Type(data, name);
        return data;
    }

    /// <summary>An attribute as the Ruby steps compare it: <c>id</c> is the id, anything else <c>attributes[name].to_s</c>.</summary>
    private static string Value(JsonObject data, string attribute) =>
        attribute == "id" ? data["id"]?.GetValue<string>() ?? string.Empty : JsonMatch.RubyString(data["attributes"]?[attribute]);

    private static void Nil(ScenarioWorld world, string name, string attribute, bool expectNil)
    {
        var value = Typed(world, name)["attributes"]?[attribute];
        Expect.True((value is null) == expectNil, expectNil ? $"{attribute} is not nil" : $"{attribute} is nil", $"{attribute} is {JsonMatch.Show(value)}");
    }

    private static void Flag(ScenarioWorld world, string name, string attribute, bool expected)
    {
        var value = Typed(world, name)["attributes"]?[attribute];
        var isExpected = value is JsonValue v && v.GetValueKind() == (expected ? JsonValueKind.True : JsonValueKind.False);
        Expect.True(isExpected, $"{attribute} is not {(expected ? "true" : "false")}", $"{attribute} is {JsonMatch.Show(value)}");
    }

    private static void CountMatching(ScenarioWorld world, int expected, string name, Func<JsonObject, bool> matches)
    {
        var type = Names.Pluralize(name);
        var data = world.Http.Last.DataArray;
        var count = data.OfType<JsonObject>().Count(item => item["type"]?.GetValue<string>() == type && matches(item));
        Expect.True(count == expected, $"{count} matching {type}, expected {expected}", $"status {world.Http.Last.Status}, {data.Count} items: {JsonMatch.Show(data)}");
    }

    private static JsonNode? Expected(ScenarioWorld world, string docString) => JsonNode.Parse(PlaceholderExpander.Expand(docString, world));

    private static JsonNode? Dig(JsonNode? node, string[] path) => path.Aggregate(node, (current, key) => current?[key]);

    private static string Pretty(JsonNode? node) =>
        node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
}

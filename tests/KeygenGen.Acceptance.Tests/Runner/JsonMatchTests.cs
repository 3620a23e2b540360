using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;
using Xunit;

namespace Keygen.Acceptance.Runner;

/// <summary>The JSON comparisons behave as RSpec's <c>eq</c>, <c>include</c> and the suite's <c>deep_include</c> do.</summary>
public sealed class JsonMatchTests
{
    [Fact]
    public void Include_takes_top_level_keys_and_compares_their_values_whole()
    {
        var actual = JsonNode.Parse("""{ "code": "VALID", "valid": true, "scope": { "fingerprint": "a", "user": null } }""");

        Assert.Null(JsonMatch.Includes(actual, JsonNode.Parse("""{ "valid": true, "code": "VALID" }""")));
        Assert.Equal("scope.user is not expected (got null)", JsonMatch.Includes(actual, JsonNode.Parse("""{ "scope": { "fingerprint": "a" } }""")));
        Assert.Equal("code is \"VALID\", expected \"EXPIRED\"", JsonMatch.Includes(actual, JsonNode.Parse("""{ "code": "EXPIRED" }""")));
    }

    [Fact]
    public void Numbers_compare_by_value_and_strings_exactly()
    {
        Assert.True(JsonMatch.ScalarEquals(JsonNode.Parse("1"), JsonNode.Parse("1.0")));
        Assert.True(JsonMatch.ScalarEquals(JsonValue.Create(3), JsonNode.Parse("3")));
        Assert.False(JsonMatch.ScalarEquals(JsonNode.Parse("\"1\""), JsonNode.Parse("1")));
    }

    [Fact]
    public void Deep_include_matches_objects_and_array_items_recursively()
    {
        var actual = JsonNode.Parse("""{ "included": [ { "type": "groups", "id": "1", "attributes": { "name": "G" } } ] }""");

        Assert.Null(JsonMatch.DeepIncludes(actual, JsonNode.Parse("""{ "included": [ { "type": "groups", "attributes": {} } ] }""")));
        Assert.NotNull(JsonMatch.DeepIncludes(actual, JsonNode.Parse("""{ "included": [ { "type": "users" } ] }""")));
    }

    [Fact]
    public void Equal_fails_on_extra_keys_and_array_lengths()
    {
        Assert.NotNull(JsonMatch.Equal(JsonNode.Parse("""{ "a": 1, "b": 2 }"""), JsonNode.Parse("""{ "a": 1 }""")));
        Assert.NotNull(JsonMatch.Equal(JsonNode.Parse("[1, 2]"), JsonNode.Parse("[1]")));
        Assert.Null(JsonMatch.Equal(JsonNode.Parse("""{ "b": [1], "a": null }"""), JsonNode.Parse("""{ "a": null, "b": [1.0] }""")));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>
/// The format is defined once, in <see cref="SchemaFormat"/>; schema/format/keygen.schema.json describes it again for
/// editors. These tests keep the two in step: every key the parser accepts, and only those, and every closed set of values.
/// </summary>
public sealed class SchemaFormatTests
{
    private static readonly JsonElement s_schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SchemaDirectory, "format", "keygen.schema.json"))).RootElement;

    public static TheoryData<string, string[]> ObjectKinds => new()
    {
        { "enum", SchemaFormat.EnumKeys },
        { "object", SchemaFormat.ObjectKeys },
        { "resource", SchemaFormat.ResourceKeys },
        { "attribute", SchemaFormat.AttributeKeys },
        { "relationship", SchemaFormat.RelationshipKeys },
        { "union", SchemaFormat.UnionKeys },
        { "field", SchemaFormat.FieldKeys },
        { "operation", SchemaFormat.OperationKeys },
        { "body", SchemaFormat.BodyKeys },
        { "response", SchemaFormat.ResponseKeys },
    };

    [Theory]
    [MemberData(nameof(ObjectKinds))]
    public void Each_kind_of_object_has_the_keys_the_parser_accepts(string definition, string[] keys)
    {
        var declared = Definition(definition);

        Assert.False(declared.GetProperty("additionalProperties").GetBoolean());
        AssertSameSet(keys, PropertyNames(declared));
    }

    [Fact]
    public void A_file_has_the_keys_the_parser_accepts()
    {
        Assert.False(s_schema.GetProperty("additionalProperties").GetBoolean());
        AssertSameSet(SchemaFormat.FileKeys, PropertyNames(s_schema));
    }

    [Fact]
    public void An_enum_value_object_has_the_keys_the_parser_accepts()
    {
        var asObject = Definition("enumValue").GetProperty("oneOf").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "object");

        AssertSameSet(SchemaFormat.EnumValueKeys, PropertyNames(asObject));
    }

    [Fact]
    public void A_path_parameter_takes_the_keys_of_a_field_but_source()
    {
        AssertSameSet(SchemaFormat.FieldKeys.Where(k => k != "source"), PropertyNames(Definition("pathParameter")));
    }

    [Fact]
    public void Closed_sets_of_values_match_the_parser()
    {
        AssertSameSet(SchemaFormat.Presence.Texts, Enum(Definition("presence")));
        AssertSameSet(SchemaFormat.Auth.Texts, Enum(Definition("authKind")));
        AssertSameSet(SchemaFormat.Source.Texts, Enum(Property("field", "source")));
        AssertSameSet(SchemaFormat.BodyModes.Texts, Enum(Property("body", "mode")));
        AssertSameSet(SchemaFormat.ResponseKinds.Texts, Enum(Property("response", "kind")));
        AssertSameSet(SchemaFormat.Methods.Keys, Enum(Property("operation", "method")));
        AssertSameSet(
            SchemaFormat.Statuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Property("response", "status").GetProperty("enum").EnumerateArray().Select(s => s.GetRawText()));
    }

    [Fact]
    public void Type_strings_name_the_built_in_types_the_parser_knows()
    {
        // ^(string|integer|…|any|[A-Z][A-Za-z0-9]*)(\[\])?$: the literal alternatives are the built-in types.
        var pattern = Definition("typeString").GetProperty("pattern").GetString()!;
        var alternatives = Regex.Match(pattern, @"^\^\((?<alternatives>[^)]*)\)").Groups["alternatives"].Value.Split('|');

        AssertSameSet(SchemaFormat.BuiltInTypes.Keys, alternatives.Where(a => Regex.IsMatch(a, "^[a-z0-9]+$")));
    }

    private static JsonElement Definition(string name) => s_schema.GetProperty("$defs").GetProperty(name);

    private static JsonElement Property(string definition, string property) => Definition(definition).GetProperty("properties").GetProperty(property);

    private static IEnumerable<string> PropertyNames(JsonElement objectSchema) => objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static IEnumerable<string> Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!);

    private static void AssertSameSet(IEnumerable<string> parser, IEnumerable<string> jsonSchema)
        => Assert.Equal(parser.Order(StringComparer.Ordinal), jsonSchema.Order(StringComparer.Ordinal));
}

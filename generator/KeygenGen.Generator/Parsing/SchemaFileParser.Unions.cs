using System;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

// Unions (schema/README.md "Unions").
internal sealed partial class SchemaFileParser
{
    /// <summary>
    /// Members of every union class besides one property per member resource; a member named like one of them
    /// would collide with it.
    /// </summary>
    private static readonly string[] s_unionBuiltInMembers = { "Type", "Id", "Resource", "UnknownJson", "Match", "Unknown" };

    private static UnionSpec EmptyUnion(string name) => new(name, null, ImmutableEquatableArray<string>.Empty);

    private UnionSpec BuildUnion(SchemaObject body, string name)
    {
        const string Expected = "a non-empty array of resource names";
        var of = body.Required("of")?.Value;
        var members = ImmutableEquatableArray<string>.Empty;
        switch (of)
        {
            case null:
                break;
            case JsonArrayNode { Items.Count: 0 }:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, of.Span, "[]", "of", Expected);
                break;
            case JsonArrayNode array:
                members = ResourceNames(array, "of", "Union member", ReferenceTarget.Resource);
                foreach (var item in array.Items)
                {
                    if (item is JsonStringNode member && Array.IndexOf(s_unionBuiltInMembers, member.Value) >= 0)
                    {
                        _diagnostics.Report(
                            DiagnosticDescriptors.InvalidIdentifier,
                            member.Span,
                            member.Value,
                            "a union member",
                            $"the union class has its own '{member.Value}' member, and each member resource becomes a property of that name");
                    }
                }

                break;
            default:
                _diagnostics.Report(DiagnosticDescriptors.WrongValueType, of.Span, "of", Expected, Values.Describe(of.Kind));
                break;
        }

        return new UnionSpec(name, body.String("summary")?.Value, members);
    }
}

using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

// Which bearers may send an attribute or relationship (schema/README.md "createRoles", "updateRoles").
internal sealed partial class SchemaFileParser
{
    /// <summary>
    /// The <c>"createRoles"</c> and <c>"updateRoles"</c> of an attribute or relationship, or null when it has neither;
    /// each list only where the member is sent at all (reported otherwise).
    /// </summary>
    private Bearers? ParseBearers(SchemaObject body, string member, Presence create, bool update)
    {
        var onCreate = Roles(body, "createRoles", member, create != Presence.No, "on create");
        var onUpdate = Roles(body, "updateRoles", member, update, "on update");
        return onCreate is null && onUpdate is null
            ? null
            : new Bearers(onCreate ?? ImmutableEquatableArray<BearerRole>.Empty, onUpdate ?? ImmutableEquatableArray<BearerRole>.Empty);
    }

    private ImmutableEquatableArray<BearerRole>? Roles(SchemaObject body, string key, string member, bool sent, string when)
    {
        if (body.Member(key) is not { } roles)
        {
            return null;
        }

        if (!sent)
        {
            ReportInconsistency(roles.KeySpan, $"'{MessageText.Quote(member)}' is not accepted {when}, so no bearer sends it there; remove \"{key}\"");
        }

        if (Values.Expect<JsonArrayNode>(roles.Value, key, _diagnostics) is not { } array)
        {
            return null;
        }

        if (array.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, array.Span, "[]", key, SchemaFormat.BearerRoles.Expected);
            return null;
        }

        var read = new List<BearerRole>();
        var distinct = new UniqueNames("Role", _diagnostics);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (Values.Expect<JsonStringNode>(array.Items[i], $"{key}[{i}]", _diagnostics) is { } name
                && SchemaFormat.BearerRoles.Read(name, $"{key}[{i}]", _diagnostics) is { } role
                && distinct.Add(name.Value, name.Span))
            {
                read.Add(role);
            }
        }

        return read.ToImmutableEquatableArray();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;

namespace Keygen.Acceptance.Steps;

/// <summary>Attribute sets for seeding, from a step's JSON doc string or data table (placeholders filled first).</summary>
internal static class Attributes
{
    /// <summary>A JSON object's members as seeding attributes (values stay JSON; null stays null).</summary>
    public static Dictionary<string, object?> FromJson(ScenarioWorld world, string docString)
    {
        var json = JsonNode.Parse(PlaceholderExpander.Expand(docString, world)) as JsonObject
            ?? throw new InvalidOperationException("The doc string is not a JSON object.");
        return json.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A data table's rows as attribute sets keyed by its header, blank cells dropped (Keygen's
    /// <c>transform_values(&amp;:presence).compact</c>); cells are strings, with placeholders filled.
    /// </summary>
    public static IEnumerable<Dictionary<string, object?>> FromTable(ScenarioWorld world, IReadOnlyList<IReadOnlyList<string>> table, bool keepBlanks = false)
    {
        var header = table[0];
        foreach (var row in table.Skip(1))
        {
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var cell = PlaceholderExpander.Expand(row[i], world);
                if (cell.Trim().Length > 0)
                {
                    attributes[header[i]] = cell;
                }
                else if (keepBlanks)
                {
                    attributes[header[i]] = null;
                }
            }

            yield return attributes;
        }
    }
}

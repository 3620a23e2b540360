using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// The members of an answer that the SDK's models have no property for, so its reader skips them: each resource's
/// attributes, relationships and meta, the members of nested objects, and the document's meta when the operation returns
/// it. Named <c>licenses.attributes.foo</c>, <c>releases.attributes.semver.build</c>, <c>meta.foo</c>. This only lists
/// names; the values are read by the generated reader.
/// </summary>
internal static class UnknownMembers
{
    public static IReadOnlyList<string> Of(string body, MethodPlan method, SdkPlan plan)
    {
        var unknown = new List<string>();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return unknown;
        }

        if (root.TryGetProperty("data", out var data))
        {
            if (method.Response.DataConverter is null && data.ValueKind != JsonValueKind.Null)
            {
                // The operation returns nothing, so the whole document goes unread.
                unknown.Add("data (the operation returns no resource)");
            }
            else
            {
                foreach (var resource in Json.Items(data))
                {
                    Resource(resource, plan, unknown);
                }
            }
        }

        if (method.Response.Meta is { } meta && root.TryGetProperty("meta", out var metaValue) && plan.Object(meta.Name) is { } metaObject)
        {
            Members(metaValue, metaObject.Members, "meta", plan, unknown);
        }

        return unknown;
    }

    private static void Resource(JsonElement resource, SdkPlan plan, List<string> unknown)
    {
        var type = resource.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "(no type)";
        if (plan.Resource(type) is not { } model)
        {
            unknown.Add(type + " (a resource type the schema does not declare)");
            return;
        }

        if (resource.TryGetProperty("attributes", out var attributes))
        {
            Members(attributes, model.Attributes, type + ".attributes", plan, unknown);
        }

        if (resource.TryGetProperty("relationships", out var relationships) && relationships.ValueKind == JsonValueKind.Object)
        {
            var declared = plan.DeclaredRelationships(type).ToHashSet();
            unknown.AddRange(relationships.EnumerateObject().Where(r => !declared.Contains(r.Name)).Select(r => $"{type}.relationships.{r.Name}"));
        }

        if (resource.TryGetProperty("meta", out var meta))
        {
            Members(meta, model.Meta, type + ".meta", plan, unknown);
        }
    }

    private static void Members(JsonElement value, IEnumerable<PropertyPlan> known, string path, SdkPlan plan, List<string> unknown)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var byName = known.ToDictionary(p => p.JsonName);
        foreach (var member in value.EnumerateObject())
        {
            if (!byName.TryGetValue(member.Name, out var property))
            {
                unknown.Add($"{path}.{member.Name}");
            }
            else if (property.Type.Kind == TypeKind.Object && plan.Object(property.Type.Name!) is { } nested)
            {
                foreach (var item in Json.Items(member.Value))
                {
                    Members(item, nested.Members, $"{path}.{member.Name}", plan, unknown);
                }
            }
        }
    }
}

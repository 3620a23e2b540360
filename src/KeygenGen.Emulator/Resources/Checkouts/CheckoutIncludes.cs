using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// The <c>included</c> resources of a license or machine file, as jsonapi-rb renders an include list: a dotted path
/// walks relationships from the file's subject (<c>license.product</c> includes the license and its product), each
/// resource is included once, and every relationship walked carries its linkage (<c>data</c>), which to-many
/// relationships otherwise leave out.
/// </summary>
internal sealed class CheckoutIncludes
{
    private readonly Func<object, JsonObject> _render;
    private readonly Dictionary<object, JsonObject> _rendered = new(ReferenceEqualityComparer.Instance);
    private readonly List<JsonObject> _included = new();

    private CheckoutIncludes(Func<object, JsonObject> render) => _render = render;

    /// <summary>The resources <paramref name="paths"/> include, in the order first reached; linkage is added to <paramref name="subjectResource"/> too.</summary>
    public static IReadOnlyList<JsonObject> Resolve(Func<object, JsonObject> render, object subject, JsonObject subjectResource, IEnumerable<string> paths)
    {
        var includes = new CheckoutIncludes(render);
        includes._rendered[subject] = subjectResource;
        foreach (var path in paths)
        {
            includes.Walk(subject, path.Split('.'));
        }

        return includes._included;
    }

    private void Walk(object subject, string[] names)
    {
        IReadOnlyList<object> from = [subject];
        foreach (var name in names)
        {
            var reached = new List<object>();
            foreach (var owner in from)
            {
                var (related, many) = Related(owner, name);
                var resources = related.Select(Include).ToList();
                Link(_rendered[owner], name, resources, many);
                reached.AddRange(related);
            }

            from = reached.Distinct(ReferenceEqualityComparer.Instance).ToList();
        }
    }

    private JsonObject Include(object resource)
    {
        if (!_rendered.TryGetValue(resource, out var rendered))
        {
            rendered = _render(resource);
            _rendered[resource] = rendered;
            _included.Add(rendered);
        }

        return rendered;
    }

    private static void Link(JsonObject owner, string name, IReadOnlyList<JsonObject> related, bool many)
    {
        if (owner["relationships"]?[name] is not JsonObject relationship)
        {
            return;
        }

        relationship["data"] = many
            ? new JsonArray(related.Select(Identifier).ToArray<JsonNode?>())
            : related.Count == 0 ? null : Identifier(related[0]);
    }

    private static JsonObject Identifier(JsonObject resource) =>
        new() { ["type"] = resource["type"]?.DeepClone(), ["id"] = resource["id"]?.DeepClone() };

    /// <summary>The resources a relationship of a license or machine names, and whether it is to-many.</summary>
    private static (IReadOnlyList<object> Related, bool Many) Related(object owner, string name) => (owner, name) switch
    {
        (License license, "product") => (One(license.Product), false),
        (License license, "policy") => (One(license.Policy), false),
        (License license, "group") => (One(license.Group), false),
        (License license, "owner") => (One(license.Owner), false),
        (License license, "environment") => (One(license.Environment), false),
        (License license, "users") => (license.Users.ToList<object>(), true),
        (License license, "entitlements") => (license.Entitlements.ToList<object>(), true),
        (Machine machine, "license") => (One(machine.License), false),
        (Machine machine, "group") => (One(machine.Group), false),
        (Machine machine, "owner") => (One(machine.Owner), false),
        (Machine machine, "environment") => (One(machine.Environment), false),
        (Machine machine, "components") => (machine.Components.ToList<object>(), true),
        _ => throw new InvalidOperationException($"A {owner.GetType().Name} has no '{name}' include."),
    };

    private static IReadOnlyList<object> One(object? resource) => resource is null ? [] : [resource];
}

using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>What every bound spec must satisfy, whatever the input: each name it uses is declared in it, with the right kind.</summary>
internal static class SpecInvariants
{
    // Messages are built only on failure: the schema fuzz tests check ten thousand specs.
    public static void AssertConsistent(ApiSpec spec)
    {
        // The events are the values of their enum (with "*").
        if (spec.Events.Count > 0)
        {
            var eventTypes = spec.Enums.Single(e => e.Name == EventSpec.TypeEnumName).Values.Select(v => v.Value).ToHashSet();
            Assert.True(spec.Events.All(e => eventTypes.Contains(e.Type)) && eventTypes.Contains("*"), "An event is not a value of the event type enum");
        }

        var kinds = new Dictionary<string, TypeKind>();
        foreach (var name in spec.Enums.Select(e => e.Name))
        {
            kinds.Add(name, TypeKind.Enum);
        }

        foreach (var name in spec.Objects.Select(o => o.Name))
        {
            kinds.Add(name, TypeKind.Object);
        }

        foreach (var name in spec.Resources.Select(r => r.Name))
        {
            kinds.Add(name, TypeKind.Resource);
        }

        foreach (var name in spec.Unions.Select(u => u.Name))
        {
            kinds.Add(name, TypeKind.Union);
        }

        var types = spec.Objects.SelectMany(o => o.Properties.Select(p => p.Type))
            .Concat(spec.Resources.SelectMany(r => r.Attributes.Select(a => a.Type).Concat(r.Meta.Select(m => m.Type))))
            .Concat(spec.Operations.SelectMany(o => o.PathParameters.Concat(o.Query).Concat(o.Body?.Meta ?? Helpers.ImmutableEquatableArray<FieldSpec>.Empty).Select(f => f.Type)));
        foreach (var type in types.Where(t => t.Name is not null))
        {
            if (!kinds.TryGetValue(type.Name!, out var kind) || kind != type.Kind)
            {
                Assert.Fail($"{type.Name} is not a declared {type.Kind}");
            }
        }

        var resources = spec.Resources.SelectMany(r => r.Relationships.SelectMany(l => l.Targets))
            .Concat(spec.Unions.SelectMany(u => u.Members))
            .Concat(spec.Operations.Select(o => o.Body?.Resource))
            .Concat(spec.Events.Select(e => e.Resource));
        foreach (var name in resources.OfType<string>())
        {
            if (!kinds.TryGetValue(name, out var kind) || kind != TypeKind.Resource)
            {
                Assert.Fail($"{name} is not a declared resource");
            }
        }

        foreach (var name in spec.Operations.Select(o => o.Response.Resource).OfType<string>())
        {
            Assert.True(kinds.TryGetValue(name, out var kind) && kind is TypeKind.Resource or TypeKind.Union, $"{name} is not a declared resource or union");
        }

        foreach (var name in spec.Operations.Select(o => o.Response.Meta).Concat(spec.Events.Select(e => e.Meta)).OfType<string>())
        {
            if (!kinds.TryGetValue(name, out var kind) || kind != TypeKind.Object)
            {
                Assert.Fail($"{name} is not a declared object");
            }
        }
    }
}

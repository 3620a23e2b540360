using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>Plans the declarations' files: enums, objects, resource models and unions.</summary>
internal static class DeclarationPlanner
{
    private static readonly TypeRefSpec s_dateTime = new(TypeKind.DateTime, null, false);

    public static EnumPlan Enum(EnumSpec spec) => new()
    {
        HintName = CSharpNames.EnumHintName(spec.Name),
        Name = spec.Name,
        Summary = spec.Summary,
        Values = spec.Values,
    };

    public static ObjectPlan Object(ObjectSpec spec) => new()
    {
        HintName = CSharpNames.ObjectHintName(spec.Name),
        Name = spec.Name,
        Summary = spec.Summary,
        Properties = spec.Properties.Select(ObjectProperty).ToImmutableEquatableArray(),
    };

    /// <param name="resources">Every resource, for the JSON:API types of relationship targets.</param>
    public static ResourcePlan Resource(ResourceSpec spec, IReadOnlyDictionary<string, ResourceSpec> resources) => new()
    {
        HintName = CSharpNames.ModelHintName(spec.Name),
        Name = spec.Name,
        JsonApiType = spec.JsonApiType,
        Summary = spec.Summary,
        Attributes = ReadableAttributes(spec).ToImmutableEquatableArray(),
        Relationships = spec.Relationships.Where(r => !r.Many).Select(r => ToOne(r, resources)).ToImmutableEquatableArray(),
        Meta = spec.Meta.Select(field => Property(field, CSharpTypes.IsNullableProperty(field.Type, field.Nullable, field.Required), "m", "m")).ToImmutableEquatableArray(),
        RelationshipMeta = spec.Relationships.Where(r => r.Meta is { Count: > 0 }).Select(RelationshipMeta).ToImmutableEquatableArray(),
    };

    private static RelationshipMetaPlan RelationshipMeta(RelationshipSpec relationship) => new()
    {
        JsonName = relationship.JsonName,
        // Nullable whatever the schema says: a relationship (and so its meta) is left out of some documents (sparse fieldsets).
        Fields = relationship.Meta!
            .Select(field => Property(field.JsonName, relationship.PropertyName + field.PropertyName, field.Type, nullable: true, field.Summary, "r", "r"))
            .ToImmutableEquatableArray(),
    };

    public static UnionPlan Union(UnionSpec spec) => new()
    {
        HintName = CSharpNames.UnionHintName(spec.Name),
        Name = spec.Name,
        Summary = spec.Summary,
        Members = spec.Members
            .Select(member => new UnionMemberPlan { Name = member, Parameter = CSharpNames.CamelCase(member), Local = CSharpNames.Local("v", member) })
            .ToImmutableEquatableArray(),
    };

    /// <summary>The JSON:API type of a resource, or the name itself when it is not declared (never in a bound spec).</summary>
    public static string JsonApiTypeOf(string resource, IReadOnlyDictionary<string, ResourceSpec> resources)
        => resources.TryGetValue(resource, out var spec) ? spec.JsonApiType : resource;

    private static PropertyPlan ObjectProperty(FieldSpec field)
    {
        var fromData = field.Source == FieldSource.Data;
        return Property(field, fromData || CSharpTypes.IsNullableProperty(field.Type, field.Nullable, field.Required), "m", "m") with
        {
            Source = field.Source,
            // Only plain, non-secret scalars: ToString() must never print a key, token or password.
            ShownInToString = !fromData && !field.Secret && !field.Type.IsArray && field.Type.Kind is TypeKind.String or TypeKind.Integer
                or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean or TypeKind.DateTime or TypeKind.Enum,
        };
    }

    private static PropertyPlan Property(FieldSpec field, bool nullable, string readPrefix, string writePrefix)
        => Property(field.JsonName, field.PropertyName, field.Type, nullable, field.Summary, readPrefix, writePrefix);

    /// <param name="nullable">Whether the property may hold null (see <see cref="CSharpTypes.IsNullableProperty"/>).</param>
    /// <param name="readPrefix">The prefix of the converter's read local; <paramref name="writePrefix"/> that of its write local.</param>
    private static PropertyPlan Property(string jsonName, string propertyName, TypeRefSpec type, bool nullable, string? summary, string readPrefix, string writePrefix) => new()
    {
        Name = propertyName,
        JsonName = jsonName,
        Type = type,
        Nullable = nullable,
        CSharpType = CSharpTypes.Of(type, nullable),
        Initializer = nullable ? null : CSharpTypes.DefaultInitializer(type),
        Summary = summary,
        ReadLocal = CSharpNames.Local(readPrefix, propertyName),
        WriteLocal = CSharpNames.Local(writePrefix, propertyName),
    };

    /// <summary>The attributes a response carries: the declared ones that are not write-only, plus the timestamps.</summary>
    private static IEnumerable<PropertyPlan> ReadableAttributes(ResourceSpec spec)
    {
        foreach (var attribute in spec.Attributes.Where(a => !a.WriteOnly))
        {
            yield return Attribute(attribute.JsonName, attribute.PropertyName, attribute.Type, attribute.Nullable, attribute.Summary) with
            {
                Deprecated = attribute.Deprecated,
            };
        }

        if (!spec.Attributes.Any(a => a.JsonName == "created"))
        {
            yield return Attribute("created", "Created", s_dateTime, nullable: false, "When the resource was created.");
        }

        if (!spec.Attributes.Any(a => a.JsonName == "updated"))
        {
            yield return Attribute("updated", "Updated", s_dateTime, nullable: false, "When the resource was last updated.");
        }
    }

    private static PropertyPlan Attribute(string jsonName, string propertyName, TypeRefSpec type, bool nullable, string? summary)
        => Property(jsonName, propertyName, type, CSharpTypes.IsNullableProperty(type, nullable, alwaysPresent: true), summary, "a", "v");

    private static ToOnePlan ToOne(RelationshipSpec relationship, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var polymorphic = relationship.Targets.Count > 1;
        return new ToOnePlan
        {
            JsonName = relationship.JsonName,
            IdProperty = relationship.PropertyName,
            TypeProperty = polymorphic ? relationship.TypePropertyName : null,
            TargetType = polymorphic ? null : JsonApiTypeOf(relationship.Targets[0], resources),
            Summary = relationship.Summary,
            IdLocal = CSharpNames.Local("r", relationship.PropertyName),
            TypeLocal = CSharpNames.Local("t", relationship.PropertyName),
        };
    }
}

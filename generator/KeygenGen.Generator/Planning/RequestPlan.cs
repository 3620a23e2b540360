using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>What a request class is for: its summary and which writer it gets depend on it.</summary>
internal enum RequestKind
{
    /// <summary>The inputs of one operation (<c>CreateLicenseRequest</c>).</summary>
    Operation,

    /// <summary>One new resource of a <c>createMany</c> body; the method takes a sequence of them.</summary>
    ListItem,

    /// <summary>One new resource an inline relationship creates with its owner (<c>NewUser</c>).</summary>
    InlineItem,
}

/// <summary>Which writer a request class has, after its properties.</summary>
internal enum RequestWriter
{
    /// <summary>None: its inputs are only query parameters.</summary>
    None,

    /// <summary><c>internal void WriteBody(writer)</c>: the whole document, <c>data</c> (when it has a resource) and <c>meta</c>.</summary>
    Document,

    /// <summary><c>internal void WriteResource(writer)</c>: one resource object, an item of the method's list body.</summary>
    Resource,

    /// <summary>
    /// <c>public void WriteResource(writer)</c>, hidden from IntelliSense: public rather than internal because a consumer's own
    /// resource may create an SDK resource inline.
    /// </summary>
    PublicResource,
}

/// <summary>A request class: its settable properties and how they go on the wire.</summary>
internal sealed record RequestPlan : FilePlan
{
    public required string Name { get; init; }

    public required RequestKind Kind { get; init; }

    /// <summary>The operation it belongs to (null for an inline item, which any create request may carry).</summary>
    public required string? OperationId { get; init; }

    public required string? OperationSummary { get; init; }

    /// <summary>The resource whose new instance the class is (list and inline items), else null.</summary>
    public required string? Resource { get; init; }

    /// <summary>Every property, in a stable order: query, id, attributes, relationships, meta, paging.</summary>
    public required ImmutableEquatableArray<RequestMemberPlan> Members { get; init; }

    public required RequestWriter Writer { get; init; }

    /// <summary>The JSON:API type of the resource object it writes; null when it writes none (a meta-only body, a query).</summary>
    public required string? JsonApiType { get; init; }

    /// <summary>Whether it adds query parameters (it has query or paging members).</summary>
    public bool HasQuery => Members.Any(m => m.Section is RequestSection.Query or RequestSection.Paging);

    /// <summary>Whether a caller must pass it: one of its properties is required.</summary>
    public bool IsRequired => Members.Any(m => m.Presence == RequestPresence.Required);

    public ImmutableEquatableArray<RequestMemberPlan> In(RequestSection section) => Members.Where(m => m.Section == section).ToImmutableEquatableArray();
}

/// <summary>Where a request property goes.</summary>
internal enum RequestSection
{
    /// <summary>A query parameter.</summary>
    Query,

    /// <summary><c>data.id</c>: the new resource's id, chosen by the caller.</summary>
    ResourceId,

    /// <summary><c>data.attributes</c> of the resource object.</summary>
    Attributes,

    /// <summary><c>data.relationships</c> of the resource object.</summary>
    Relationships,

    /// <summary>The document's top-level <c>meta</c>.</summary>
    Meta,

    /// <summary>Paging controls the client reads (<c>page[size]</c> of the first page, the total limit); never sent as they are.</summary>
    Paging,
}

/// <summary>What a request property holds.</summary>
internal enum RequestMemberKind
{
    /// <summary>A value: a query parameter, an attribute, a meta member.</summary>
    Value,

    /// <summary>A to-one relationship's id.</summary>
    LinkageId,

    /// <summary>A polymorphic to-one relationship's JSON:API type, sent with its id.</summary>
    LinkageType,

    /// <summary>New resources an inline relationship creates with this one.</summary>
    InlineItems,
}

/// <summary>How a request property may be set, and so how it is written.</summary>
internal enum RequestPresence
{
    /// <summary>A <c>required</c> property, always sent (null as <c>null</c>).</summary>
    Required,

    /// <summary>A nullable property, sent when it is not null.</summary>
    Optional,

    /// <summary>PATCH semantics: an <c>Optional&lt;T&gt;</c>, sent when set (null as <c>null</c>), left out when unset.</summary>
    Patch,
}

/// <summary>One property of a request class.</summary>
internal sealed record RequestMemberPlan
{
    /// <summary>The C# property name.</summary>
    public required string Name { get; init; }

    /// <summary>The member name in its section (the query key for query parameters).</summary>
    public required string JsonName { get; init; }

    public required RequestSection Section { get; init; }

    public required RequestMemberKind Kind { get; init; }

    public required RequestPresence Presence { get; init; }

    /// <summary>The property's C# type.</summary>
    public required string CSharpType { get; init; }

    /// <summary>The schema type of a value (null for linkage and inline members).</summary>
    public required TypeRefSpec? Type { get; init; }

    /// <summary>Whether <c>null</c> is a value the wire accepts (the schema's <c>nullable</c>).</summary>
    public required bool AcceptsNull { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The only bearers that may send it; empty for any (<see cref="BearerRoles.Note"/> says so in the docs).</summary>
    public ImmutableEquatableArray<BearerRole> Roles { get; init; } = ImmutableEquatableArray<BearerRole>.Empty;

    /// <summary>Redacted in logs and messages about the call.</summary>
    public bool Secret { get; init; }

    /// <summary>The local a set value is bound to while it is written.</summary>
    public required string Local { get; init; }

    /// <summary>For relationships: what the linkage points at.</summary>
    public LinkagePlan? Linkage { get; init; }

    /// <summary>For inline relationships: the class of one new item.</summary>
    public string? ItemClass { get; init; }

    /// <summary>Where it goes in the request: a query key, or a path such as <c>attributes.name</c> in the resource object.</summary>
    public string WirePath => Section switch
    {
        RequestSection.ResourceId => JsonName,
        RequestSection.Attributes => "attributes." + JsonName,
        RequestSection.Relationships => "relationships." + JsonName,
        RequestSection.Meta => "meta." + JsonName,
        _ => JsonName,
    };
}

/// <summary>The resources a relationship member links to.</summary>
internal sealed record LinkagePlan
{
    /// <summary>The resource names it may point at (more than one when polymorphic).</summary>
    public required ImmutableEquatableArray<string> Targets { get; init; }

    /// <summary>Whether it is a list (only inline relationships are, in a request).</summary>
    public required bool Many { get; init; }

    /// <summary>The JSON:API type written with the id: the one target's, or null when the type property says it.</summary>
    public required string? TargetType { get; init; }

    /// <summary>The property holding a polymorphic linkage's type (<c>BearerType</c>), else null.</summary>
    public required string? TypeProperty { get; init; }
}

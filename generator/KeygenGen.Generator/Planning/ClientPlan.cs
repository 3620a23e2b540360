using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>How a group's methods are reached.</summary>
internal enum ClientKind
{
    /// <summary>Instance methods of the group's own client class (<c>LicensesClient</c>).</summary>
    Class,

    /// <summary>
    /// Extension methods on a client the SDK already has (<c>LicensesClientExtensions</c>): a consumer's operations in an
    /// SDK group, so <c>keygen.Licenses.MyActionAsync(…)</c> reads like a built-in call.
    /// </summary>
    Extensions,
}

/// <summary>One operation group's client file: its class and one method plan per operation.</summary>
internal sealed record ClientPlan : FilePlan
{
    /// <summary>The group in PascalCase, e.g. <c>Licenses</c>.</summary>
    public required string Group { get; init; }

    /// <summary>The class the file declares.</summary>
    public required string ClassName { get; init; }

    /// <summary>The group's client class (<c>LicensesClient</c>), which the class is or extends.</summary>
    public required string ClientClass { get; init; }

    public required ClientKind Kind { get; init; }

    /// <summary>The operations, by id.</summary>
    public required ImmutableEquatableArray<MethodPlan> Methods { get; init; }
}

/// <summary>What a method parameter is for (its docs and how the body uses it follow from it).</summary>
internal enum ParameterRole
{
    /// <summary>A path segment.</summary>
    Path,

    /// <summary>The id a to-one relationship change links (or null to clear it).</summary>
    LinkedId,

    /// <summary>The ids a to-many relationship change attaches or detaches.</summary>
    LinkedIds,

    /// <summary>The new resources of a <c>createMany</c> body.</summary>
    Items,

    /// <summary>The request class instance.</summary>
    Request,

    CancellationToken,
}

/// <summary>One parameter of a client method, in declaration order.</summary>
internal sealed record ParameterPlan
{
    public required string Name { get; init; }

    public required string CSharpType { get; init; }

    /// <summary>The default value of an optional parameter (<c>null</c>, <c>default</c>), else null.</summary>
    public string? DefaultValue { get; init; }

    public required ParameterRole Role { get; init; }

    /// <summary>What it names: a path parameter's wire name, or the resource of a linkage or item list.</summary>
    public string? Subject { get; init; }

    /// <summary>The schema's summary (path parameters).</summary>
    public string? Summary { get; init; }

    /// <summary>Redacted in logs and messages about the call.</summary>
    public bool Secret { get; init; }
}

/// <summary>A piece of a method's path: literal text, or a path parameter's escaped segment.</summary>
internal sealed record PathSegmentPlan
{
    public string? Literal { get; init; }

    public string? Parameter { get; init; }
}

/// <summary>Where a method's request body comes from.</summary>
internal enum BodySource
{
    /// <summary>No body.</summary>
    None,

    /// <summary><c>{"data": {type, id}}</c> (or null) from the <see cref="ParameterRole.LinkedId"/> parameter.</summary>
    LinkedId,

    /// <summary><c>{"data": [{type, id}, …]}</c> from the <see cref="ParameterRole.LinkedIds"/> parameter.</summary>
    LinkedIds,

    /// <summary><c>{"data": [resource, …]}</c> from the <see cref="ParameterRole.Items"/> parameter.</summary>
    Items,

    /// <summary>The request's <c>WriteBody</c>; the request is required.</summary>
    Request,

    /// <summary>The request's <c>WriteBody</c>, or an empty request's: Keygen requires <c>data</c> on every update.</summary>
    RequestOrEmpty,

    /// <summary>The request's <c>WriteBody</c> when a request is given, else no body.</summary>
    RequestWhenGiven,
}

/// <summary>The request class a method takes.</summary>
internal sealed record RequestArgumentPlan
{
    public required string ClassName { get; init; }

    /// <summary>Whether callers must pass one (it has a required property); else the parameter defaults to null.</summary>
    public required bool Required { get; init; }

    /// <summary>Whether it adds query parameters.</summary>
    public required bool HasQuery { get; init; }
}

/// <summary>An input the runtime keeps out of everything it prints about the call.</summary>
internal sealed record RedactedInputPlan
{
    /// <summary>The parameter holding it (a path argument, or the request).</summary>
    public required string Parameter { get; init; }

    /// <summary>The request's property holding it, or null when it is the parameter itself.</summary>
    public string? Property { get; init; }
}

/// <summary>What a method reads from the response, and returns.</summary>
internal sealed record ResponsePlan
{
    public required ResponseKind Kind { get; init; }

    public required int Status { get; init; }

    /// <summary>A single resource that may be null.</summary>
    public required bool Nullable { get; init; }

    /// <summary>The C# type of the primary data (of one item for lists); <c>object</c> when there is no resource.</summary>
    public required string DataType { get; init; }

    /// <summary>The converter that reads the primary data, or null when there is no resource.</summary>
    public required string? DataConverter { get; init; }

    /// <summary>The object read from the document's <c>meta</c>, when the method returns it.</summary>
    public required ResponseMetaPlan? Meta { get; init; }

    /// <summary>What the method's task gives, e.g. <c>global::Keygen.License?</c>; null for a plain <c>Task</c>.</summary>
    public required string? ResultType { get; init; }
}

/// <summary>The object a method reads from the response's <c>meta</c> and returns.</summary>
internal sealed record ResponseMetaPlan
{
    public required string Name { get; init; }

    /// <summary>Whether one of its properties is the response's primary data (it is read, then set with <c>WithData</c>).</summary>
    public required bool TakesData { get; init; }
}

/// <summary>One operation as a client method (two for paged lists: one page, and every item).</summary>
internal sealed record MethodPlan
{
    /// <summary>The schema id, e.g. <c>licenses.validateKey</c>.</summary>
    public required string OperationId { get; init; }

    /// <summary>The method name without <c>Async</c>, e.g. <c>ValidateKey</c>.</summary>
    public required string Name { get; init; }

    public required string Summary { get; init; }

    public required string? Description { get; init; }

    public required HttpMethodKind HttpMethod { get; init; }

    /// <summary>The path template relative to the account base (or to <c>/v1</c> when not account scoped).</summary>
    public required string Path { get; init; }

    public required bool AccountScoped { get; init; }

    /// <summary>When set, the replacement to name in [Obsolete].</summary>
    public required string? Deprecated { get; init; }

    /// <summary>The credentials the operation accepts; never empty.</summary>
    public required ImmutableEquatableArray<AuthKind> Auth { get; init; }

    /// <summary>Every parameter in order (path, linkage or items, request, cancellation token); an extension's receiver is not one.</summary>
    public required ImmutableEquatableArray<ParameterPlan> Parameters { get; init; }

    public required ImmutableEquatableArray<PathSegmentPlan> PathSegments { get; init; }

    public required RequestArgumentPlan? Request { get; init; }

    public required BodySource Body { get; init; }

    /// <summary>The JSON:API type of a linkage body's identifiers.</summary>
    public required string? BodyType { get; init; }

    public required ResponsePlan Response { get; init; }

    /// <summary>A paged list: a <c>…PageAsync</c> method for one page, and an enumerating one for every item.</summary>
    public required bool Paged { get; init; }

    public required ImmutableEquatableArray<RedactedInputPlan> Redacted { get; init; }
}

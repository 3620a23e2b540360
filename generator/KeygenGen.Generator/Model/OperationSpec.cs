using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

internal enum HttpMethodKind
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

/// <summary>Who may call an operation, and so which credentials the runtime sends by default.</summary>
internal enum AuthKind
{
    /// <summary>No credentials.</summary>
    None,
    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> (admin, product, user, environment, activation tokens).</summary>
    Token,
    /// <summary><c>Authorization: License &lt;key&gt;</c>.</summary>
    License,
    /// <summary><c>Authorization: Basic</c> email and password (token generation).</summary>
    Basic,
}

/// <summary>One Keygen HTTP operation, emitted as a method on the client of its group.</summary>
/// <param name="Id">The schema id, e.g. <c>licenses.validateKey</c>.</param>
/// <param name="Group">The client group in PascalCase, from the id's first segment, e.g. <c>Licenses</c>.</param>
/// <param name="MethodName">The C# method name without <c>Async</c>, e.g. <c>ValidateKey</c>.</param>
/// <param name="Path">The path template relative to the account base (or to <c>/v1</c> when not account scoped).</param>
/// <param name="AccountScoped">False for account-less routes such as <c>/v1/plans</c>.</param>
/// <param name="Deprecated">When set, the replacement to name in [Obsolete].</param>
/// <param name="RequestName">The request class name, when the operation has query or body inputs.</param>
/// <param name="Paging">A list operation with <c>page[size]</c>/<c>page[cursor]</c> paging.</param>
internal sealed record OperationSpec(
    string Id,
    string Group,
    string MethodName,
    HttpMethodKind Method,
    string Path,
    bool AccountScoped,
    string Summary,
    string? Description,
    ImmutableEquatableArray<AuthKind> Auth,
    string? Deprecated,
    ImmutableEquatableArray<FieldSpec> PathParameters,
    ImmutableEquatableArray<FieldSpec> Query,
    bool Paging,
    BodySpec? Body,
    ResponseSpec Response,
    string? RequestName)
{
    /// <summary>A paged list: its methods are one page's and every result's (<see cref="Paging"/> on a list response).</summary>
    public bool Paged => Paging && Response.Kind == ResponseKind.List;
}

internal enum BodyMode
{
    /// <summary><c>{"data": {type, attributes, relationships}}</c> from the resource's create-writable fields.</summary>
    Create,
    /// <summary>The same from the update-writable fields, with PATCH semantics (unset is not sent).</summary>
    Update,
    /// <summary>Only top-level <c>meta</c> (action endpoints).</summary>
    Meta,
    /// <summary><c>{"data": {type, id}}</c> or <c>{"data": null}</c> (to-one relationship change).</summary>
    ToOne,
    /// <summary><c>{"data": [{type, id}, …]}</c> (attach/detach many).</summary>
    ToMany,
    /// <summary>
    /// <c>{"data": [{type, attributes, relationships}, …]}</c>: several new resources at once (e.g. release
    /// constraints). The request class is one item; the method takes a sequence of them.
    /// </summary>
    CreateMany,
}

/// <param name="Resource">The resource whose fields (Create/Update/CreateMany) or whose type (ToOne/ToMany) the body uses.</param>
/// <param name="Meta">Members of the body's top-level <c>meta</c>.</param>
/// <param name="ClientId">A create body may carry the new resource's id, chosen by the caller (<c>data.id</c>).</param>
internal sealed record BodySpec(BodyMode Mode, string? Resource, ImmutableEquatableArray<FieldSpec> Meta, bool ClientId = false);

internal enum ResponseKind
{
    /// <summary>No body (204, 202).</summary>
    None,
    /// <summary><c>data</c> is one resource.</summary>
    Single,
    /// <summary><c>data</c> is an array of resources.</summary>
    List,
    /// <summary>Raw bytes (<c>application/octet-stream</c>).</summary>
    Binary,
    /// <summary>A 303/307 whose <c>Location</c> is the result.</summary>
    Redirect,
}

/// <param name="Resource">The resource, or union of resources, of the primary <c>data</c>.</param>
/// <param name="Nullable">The primary data may be <c>null</c> (e.g. validating an unknown key).</param>
/// <param name="Meta">The name of an object declaration read from the document's <c>meta</c>; when set, the method returns it.</param>
internal sealed record ResponseSpec(int Status, ResponseKind Kind, string? Resource, bool Nullable, string? Meta);

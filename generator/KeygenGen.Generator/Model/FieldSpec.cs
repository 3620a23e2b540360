namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>Where a field of a response-meta object takes its value from.</summary>
internal enum FieldSource
{
    /// <summary>From the document's (or object's) own JSON member named <see cref="FieldSpec.JsonName"/>.</summary>
    Member,
    /// <summary>From the response document's primary <c>data</c> (schema: <c>"source": "data"</c>).</summary>
    Data,
}

/// <summary>
/// A named value: a property of an object declaration, a query parameter, a path parameter, a resource's meta
/// member or a member of an action's request <c>meta</c>.
/// </summary>
/// <param name="JsonName">The name on the wire (a query key such as <c>"page[size]"</c> for query parameters).</param>
/// <param name="PropertyName">The C# name (PascalCase), derived from the wire name unless the schema sets <c>"name"</c>.</param>
/// <param name="Secret">Redacted in <c>ToString()</c>, logs and exception messages (keys, passwords, tokens).</param>
internal sealed record FieldSpec(
    string JsonName,
    string PropertyName,
    TypeRefSpec Type,
    bool Required,
    bool Nullable,
    string? Summary,
    bool Secret,
    FieldSource Source);

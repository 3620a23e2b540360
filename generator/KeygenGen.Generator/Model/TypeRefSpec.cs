namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>The built-in JSON value kinds a schema type string can name, plus named declarations.</summary>
internal enum TypeKind
{
    /// <summary><c>"string"</c> → <c>string</c>.</summary>
    String,
    /// <summary><c>"integer"</c> → <c>int</c>.</summary>
    Integer,
    /// <summary><c>"int64"</c> → <c>long</c>.</summary>
    Int64,
    /// <summary><c>"number"</c> → <c>double</c>.</summary>
    Number,
    /// <summary><c>"boolean"</c> → <c>bool</c>.</summary>
    Boolean,
    /// <summary><c>"datetime"</c> → <c>DateTimeOffset</c>.</summary>
    DateTime,
    /// <summary><c>"object"</c> → a free-form JSON object (<c>JsonObject</c>), e.g. metadata.</summary>
    JsonObject,
    /// <summary><c>"any"</c> → any JSON value (<c>JsonElement</c>).</summary>
    Any,
    /// <summary>The name of an enum declaration.</summary>
    Enum,
    /// <summary>The name of an object declaration.</summary>
    Object,
    /// <summary>The name of a resource declaration.</summary>
    Resource,
    /// <summary>The name of a union declaration (one of several resources).</summary>
    Union,
}

/// <summary>
/// A schema type string, resolved: <c>"string"</c>, <c>"LicenseStatus"</c>, <c>"string[]"</c> (the <c>[]</c>
/// suffix makes <see cref="IsArray"/> true). <see cref="Name"/> is the declaration name for Enum, Object,
/// Resource and Union kinds and null otherwise.
/// </summary>
internal sealed record TypeRefSpec(TypeKind Kind, string? Name, bool IsArray);

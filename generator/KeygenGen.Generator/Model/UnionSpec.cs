using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>
/// A polymorphic resource: <c>data</c> that is one of several resource types, told apart by its JSON:API
/// <c>type</c> (the bearer of <c>/me</c>, a search result). Emitted as a class with one nullable property per member.
/// </summary>
/// <param name="Name">The C# class name, e.g. <c>Bearer</c>.</param>
/// <param name="Members">The resource names it may be, in schema order.</param>
internal sealed record UnionSpec(string Name, string? Summary, ImmutableEquatableArray<string> Members);

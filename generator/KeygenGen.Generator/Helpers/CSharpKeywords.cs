using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Generator.Helpers;

/// <summary>
/// The C# reserved keywords, from Roslyn itself (so the list is never out of date): the parser refuses names that would
/// become one, and the naming pass escapes them with <c>@</c>.
/// </summary>
internal static class CSharpKeywords
{
    /// <summary>Whether <paramref name="name"/> is a reserved keyword (<c>class</c>, <c>event</c>); contextual ones (<c>value</c>) are not.</summary>
    public static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing.Json;

/// <summary>
/// The outcome of reading a JSON text: a root node, or the first syntax error (the reader stops there).
/// Repeated keys are not fatal: the DOM keeps the first occurrence and each repeat is listed.
/// </summary>
internal sealed class JsonReadResult
{
    public JsonReadResult(JsonNode? root, JsonSyntaxError? error, IReadOnlyList<JsonDuplicateKey> duplicateKeys)
    {
        Root = root;
        Error = error;
        DuplicateKeys = duplicateKeys;
    }

    /// <summary>The root value; null exactly when <see cref="Error"/> is set.</summary>
    public JsonNode? Root { get; }

    public JsonSyntaxError? Error { get; }

    public IReadOnlyList<JsonDuplicateKey> DuplicateKeys { get; }
}

/// <param name="Message">What is wrong, for the KGEN0001 message, e.g. <c>leading zeros are not allowed</c>.</param>
/// <param name="Span">The offending characters; empty at the end of the text.</param>
internal sealed record JsonSyntaxError(string Message, TextSpan Span);

/// <param name="Span">The span of the repeated key, with its quotes.</param>
internal sealed record JsonDuplicateKey(string Key, TextSpan Span);

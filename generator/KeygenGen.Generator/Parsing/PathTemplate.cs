using System.Collections.Generic;

namespace KeygenGen.Generator.Parsing;

/// <summary>A <c>{name}</c> in a path template, with its offset and length (braces included) in the path.</summary>
internal sealed record PathParameterSlot(string Name, int Start, int Length);

/// <summary>A problem in a path template, at an offset and length within the path string.</summary>
internal sealed record PathTemplateError(string Message, int Start, int Length);

/// <summary>Splits an operation path such as <c>/licenses/{id}/actions/validate</c> into its parameters.</summary>
internal static class PathTemplate
{
    public const string Expected = "empty (the base itself) or a path starting with '/', without query or fragment, whose parameters are written {name} with letters, digits and '_', each once";

    /// <summary>The parameters in path order, or the first problem.</summary>
    public static (IReadOnlyList<PathParameterSlot> Parameters, PathTemplateError? Error) Parse(string path)
    {
        // An empty path is the base itself, e.g. the account: GET /v1/accounts/{account}.
        var slots = new List<PathParameterSlot>();
        if (path.Length > 0 && path[0] != '/')
        {
            return (slots, new PathTemplateError("it must start with '/'", 0, 1));
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c is '?' or '#' or '}' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return (slots, new PathTemplateError($"it must not contain '{c}' here", i, 1));
            }

            if (c != '{')
            {
                continue;
            }

            var close = path.IndexOf('}', i + 1);
            var name = close < 0 ? string.Empty : path.Substring(i + 1, close - i - 1);
            if (close < 0 || !IsParameterName(name))
            {
                var length = close < 0 ? path.Length - i : close - i + 1;
                return (slots, new PathTemplateError("a parameter must be written {name}, the name made of at most 64 letters, digits and '_' and not starting with a digit", i, length));
            }

            if (!seen.Add(name))
            {
                return (slots, new PathTemplateError($"the parameter {{{name}}} appears twice", i, close - i + 1));
            }

            slots.Add(new PathParameterSlot(name, i, close - i + 1));
            i = close;
        }

        return (slots, null);
    }

    /// <summary>Keygen's own style (<c>{license_id}</c>) and lowerCamelCase both work; the C# argument name is derived.</summary>
    private static bool IsParameterName(string name)
    {
        if (name.Length is 0 or > Naming.MaxLength || name[0] is >= '0' and <= '9')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The route with parameter names erased, so <c>/licenses/{id}</c> and <c>/licenses/{license}</c> compare equal.</summary>
    public static string Shape(string path)
    {
        var parameters = Parse(path).Parameters;
        var shape = new System.Text.StringBuilder();
        var from = 0;
        foreach (var slot in parameters)
        {
            shape.Append(path, from, slot.Start - from).Append("{}");
            from = slot.Start + slot.Length;
        }

        return shape.Append(path, from, path.Length - from).ToString();
    }
}

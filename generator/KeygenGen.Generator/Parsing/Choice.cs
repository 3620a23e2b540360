using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

/// <summary>A closed set of schema strings (case-sensitive), each meaning one value, e.g. <c>"create"</c> → <see cref="Model.BodyMode.Create"/>.</summary>
internal sealed class Choice<T>
    where T : struct
{
    private readonly KeyValuePair<string, T>[] _options;

    public Choice(params KeyValuePair<string, T>[] options)
    {
        _options = options;
        Expected = Options(options.Select(o => o.Key).ToArray());
    }

    /// <summary>The options for a message: <c>"single", "list" or "none"</c>.</summary>
    public string Expected { get; }

    /// <summary>The strings it accepts, in order.</summary>
    public IEnumerable<string> Texts => _options.Select(o => o.Key);

    public T? Find(string text)
    {
        foreach (var option in _options)
        {
            if (option.Key == text)
            {
                return option.Value;
            }
        }

        return null;
    }

    /// <summary>The value the string names, or null after reporting KGEN0012 at it.</summary>
    public T? Read(JsonStringNode node, string key, DiagnosticBag diagnostics)
    {
        var value = Find(node.Value);
        if (value is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Span, node.Value, key, Expected);
        }

        return value;
    }

    private static string Options(string[] keys)
        => keys.Length == 1
            ? Quote(keys[0])
            : string.Join(", ", keys.Take(keys.Length - 1).Select(Quote)) + " or " + Quote(keys[keys.Length - 1]);

    private static string Quote(string key) => "\"" + key + "\"";
}

internal static class Choice
{
    public static KeyValuePair<string, T> Option<T>(string text, T value) => new(text, value);
}

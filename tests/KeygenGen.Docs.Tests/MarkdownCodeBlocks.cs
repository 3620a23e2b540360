using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KeygenGen.Docs.Tests;

/// <summary>One fenced code block of a Markdown file: its language, text and the line it starts on.</summary>
internal sealed record MarkdownCodeBlock(string Language, string Code, int Line);

/// <summary>Reads the fenced code blocks (<c>```csharp</c> … <c>```</c>) of a Markdown document, in order.</summary>
internal static partial class MarkdownCodeBlocks
{
    public static IReadOnlyList<MarkdownCodeBlock> Read(string markdown)
    {
        var blocks = new List<MarkdownCodeBlock>();
        foreach (Match match in Fence().Matches(markdown))
        {
            int line = 1 + markdown[..match.Index].Split('\n').Length;
            blocks.Add(new MarkdownCodeBlock(match.Groups["language"].Value, match.Groups["code"].Value, line));
        }

        return blocks;
    }

    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}

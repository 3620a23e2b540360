using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KeygenGen.Docs.Tests;

/// <summary>A fenced code block of a page, with the <c>##</c> section it sits in.</summary>
internal sealed record CodeBlock(string Section, string Language, string Text);

/// <summary>A page under docs/diagnostics/, split into its first line, its text and its fenced code blocks.</summary>
internal sealed class DiagnosticPage
{
    public const string ExampleSection = "Example";
    public const string FixSection = "How to fix";

    private DiagnosticPage(string heading, string text, IReadOnlyList<CodeBlock> blocks)
    {
        Heading = heading;
        Text = text;
        Blocks = blocks;
    }

    public string Heading { get; }

    public string Text { get; }

    public IReadOnlyList<CodeBlock> Blocks { get; }

    /// <summary>The only code block of <paramref name="language"/> in <paramref name="section"/>, or null when there is none.</summary>
    public string? Block(string section, string language)
        => Blocks.SingleOrDefault(b => b.Section == section && b.Language == language)?.Text;

    public static DiagnosticPage Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var blocks = new List<CodeBlock>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## "))
            {
                section = lines[i][3..];
            }
            else if (lines[i].StartsWith("```"))
            {
                var language = lines[i][3..];
                var end = i + 1;
                while (end < lines.Length && lines[end] != "```")
                {
                    end++;
                }

                blocks.Add(new CodeBlock(section, language, string.Join("\n", lines[(i + 1)..end])));
                i = end;
            }
        }

        return new DiagnosticPage(lines[0], string.Join("\n", lines), blocks);
    }
}

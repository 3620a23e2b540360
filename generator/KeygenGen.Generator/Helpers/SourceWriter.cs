using System;
using System.Text;

namespace KeygenGen.Generator.Helpers;

/// <summary>Writes C# text with an explicit indentation level; never SyntaxFactory (slow and allocation-heavy).</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Indent() => _indent++;

    public void Unindent()
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in the emitter.");
        }

        _indent--;
    }

    public void OpenBlock()
    {
        Line("{");
        Indent();
    }

    public void CloseBlock(string suffix = "")
    {
        Unindent();
        Line("}" + suffix);
    }

    public void Line() => _builder.Append('\n');

    /// <summary>Writes one line, or several: every line of a multi-line string gets the current indentation.</summary>
    public void Line(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * IndentSize);
                _builder.Append(line);
            }

            _builder.Append('\n');
        }
    }

    public override string ToString() => _builder.ToString();
}

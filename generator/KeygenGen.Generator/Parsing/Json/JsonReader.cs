using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing.Json;

/// <summary>
/// A strict RFC 8259 reader that records the span of every node and key. No comments, no trailing commas,
/// no single quotes, no leading zeros, no lone surrogates. It stops at the first syntax error and reports it with
/// the exact offending characters. It never throws for bad input (only <see cref="OperationCanceledException"/>
/// when cancelled); deep nesting is an error, not a stack overflow.
/// </summary>
internal sealed class JsonReader
{
    /// <summary>The deepest nesting of objects and arrays accepted; the same default as System.Text.Json.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<JsonDuplicateKey> _duplicateKeys = new();
    private JsonSyntaxError? _error;
    private int _pos;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static JsonReadResult Read(string text, CancellationToken cancellationToken)
        => new JsonReader(text, cancellationToken).ReadDocument();

    private JsonReadResult ReadDocument()
    {
        // Decoders usually strip a byte order mark; RFC 8259 §8.1 allows ignoring one that is left in.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        SkipWhitespace();
        var root = ReadValue(depth: 0);
        if (root is not null)
        {
            SkipWhitespace();
            if (_pos < _text.Length)
            {
                root = FailUnexpected("the end of the file after the JSON value");
            }
        }

        return new JsonReadResult(_error is null ? root : null, _error, _duplicateKeys);
    }

    private JsonNode? ReadValue(int depth)
    {
        if (_pos >= _text.Length)
        {
            return FailUnexpected("a value");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                return ReadString();
            case '-':
                return ReadNumber();
            case >= '0' and <= '9':
                return ReadNumber();
            case '\'':
                return Fail("strings must be enclosed in double quotes", new TextSpan(_pos, 1));
            default:
                return IsWordChar(c) ? ReadLiteral() : FailUnexpected("a value");
        }
    }

    private JsonNode? ReadObject(int depth)
    {
        var start = _pos;
        var members = new List<JsonMember>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        return ReadContainer(depth, '}', "property value", () => ReadMember(depth, members, keys))
            ? new JsonObjectNode(TextSpan.FromBounds(start, _pos), members)
            : null;
    }

    private JsonNode? ReadArray(int depth)
    {
        var start = _pos;
        var items = new List<JsonNode>();
        return ReadContainer(depth, ']', "array item", () => ReadValue(depth) is { } item && Add(items, item))
            ? new JsonArrayNode(TextSpan.FromBounds(start, _pos), items)
            : null;
    }

    /// <summary>
    /// Reads an object or array from its opening bracket at <c>_pos</c> to <paramref name="close"/>: the items, each
    /// read by <paramref name="readItem"/>, separated by single commas. False after reporting an error.
    /// </summary>
    private bool ReadContainer(int depth, char close, string itemName, Func<bool> readItem)
    {
        if (depth > MaxDepth)
        {
            Fail($"objects and arrays are nested more than {MaxDepth} levels deep", new TextSpan(_pos, 1));
            return false;
        }

        _pos++;
        SkipWhitespace();
        if (TryConsume(close))
        {
            return true;
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!readItem())
            {
                return false;
            }

            SkipWhitespace();
            if (TryConsume(close))
            {
                return true;
            }

            if (Peek() != ',')
            {
                FailUnexpected($"',' or '{close}' after the {itemName}");
                return false;
            }

            var comma = _pos++;
            SkipWhitespace();
            if (Peek() == close)
            {
                Fail("trailing commas are not allowed; remove this ','", new TextSpan(comma, 1));
                return false;
            }
        }
    }

    /// <summary>Reads <c>"key": value</c>; a repeated key is listed and its member left out of the object.</summary>
    private bool ReadMember(int depth, List<JsonMember> members, HashSet<string> keys)
    {
        if (Peek() != '"')
        {
            FailAtKey();
            return false;
        }

        var key = ReadString();
        if (key is null)
        {
            return false;
        }

        SkipWhitespace();
        if (Peek() != ':')
        {
            FailUnexpected("':' after the property name");
            return false;
        }

        _pos++;
        SkipWhitespace();
        var value = ReadValue(depth);
        if (value is null)
        {
            return false;
        }

        if (keys.Add(key.Value))
        {
            members.Add(new JsonMember(key.Value, key.Span, value));
        }
        else
        {
            _duplicateKeys.Add(new JsonDuplicateKey(key.Value, key.Span));
        }

        return true;
    }

    private void FailAtKey()
    {
        if (Peek() == '\'')
        {
            Fail("property names must be enclosed in double quotes", new TextSpan(_pos, 1));
        }
        else if (Peek() is char first && IsWordChar(first))
        {
            var start = _pos;
            SkipWord();
            Fail("property names must be enclosed in double quotes", TextSpan.FromBounds(start, _pos));
        }
        else
        {
            FailUnexpected("a property name in double quotes");
        }
    }

    private static bool Add(List<JsonNode> items, JsonNode item)
    {
        items.Add(item);
        return true;
    }

    private bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _pos++;
        return true;
    }

    private JsonStringNode? ReadString()
    {
        var start = _pos;
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                Fail("the string is not closed; a '\"' is missing", new TextSpan(_pos, 0));
                return null;
            }

            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return new JsonStringNode(TextSpan.FromBounds(start, _pos), value.ToString());
            }

            if (c == '\\')
            {
                if (!ReadEscape(value))
                {
                    return null;
                }

                continue;
            }

            if (c < ' ')
            {
                Fail($"control character U+{(int)c:X4} must be escaped in a string (is a closing '\"' missing?)", new TextSpan(_pos, 1));
                return null;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || _pos + 1 >= _text.Length || !char.IsLowSurrogate(_text[_pos + 1]))
                {
                    Fail($"unpaired surrogate U+{(int)c:X4}", new TextSpan(_pos, 1));
                    return null;
                }

                value.Append(c).Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }

            value.Append(c);
            _pos++;
        }
    }

    /// <summary>Reads the escape at <c>_pos</c> (a backslash) into <paramref name="value"/>.</summary>
    private bool ReadEscape(StringBuilder value)
    {
        var start = _pos;
        if (_pos + 1 >= _text.Length)
        {
            Fail("the string is not closed; a '\"' is missing", new TextSpan(_text.Length, 0));
            return false;
        }

        var c = _text[_pos + 1];
        char? simple = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (simple is char unescaped)
        {
            value.Append(unescaped);
            _pos += 2;
            return true;
        }

        if (c != 'u')
        {
            var shown = c is >= ' ' and < '\u007F' ? "'\\" + c + "'" : "'\\' followed by " + Describe(c);
            Fail($"invalid escape sequence {shown}; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", new TextSpan(start, 2));
            return false;
        }

        if (!TryReadHex4(_pos + 2, out var unit))
        {
            Fail("invalid \\u escape; expected four hexadecimal digits", TextSpan.FromBounds(start, Math.Min(start + 6, _text.Length)));
            return false;
        }

        _pos += 6;
        if (char.IsHighSurrogate(unit)
            && _pos + 1 < _text.Length && _text[_pos] == '\\' && _text[_pos + 1] == 'u'
            && TryReadHex4(_pos + 2, out var low) && char.IsLowSurrogate(low))
        {
            value.Append(unit).Append(low);
            _pos += 6;
            return true;
        }

        if (char.IsSurrogate(unit))
        {
            Fail($"unpaired surrogate \\u{(int)unit:X4}", new TextSpan(start, 6));
            return false;
        }

        value.Append(unit);
        return true;
    }

    private bool TryReadHex4(int at, out char unit)
    {
        unit = '\0';
        if (at + 4 > _text.Length)
        {
            return false;
        }

        var hex = _text.Substring(at, 4);
        foreach (var h in hex)
        {
            // int.TryParse(HexNumber) would also take leading/trailing spaces; the escape must be exactly 4 digits.
            if (!Uri.IsHexDigit(h))
            {
                return false;
            }
        }

        unit = (char)int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    private JsonNode? ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (!IsDigit(Peek()))
        {
            return FailUnexpected("a digit");
        }

        if (_text[_pos] == '0' && IsDigit(Peek(1)))
        {
            return Fail("leading zeros are not allowed in numbers", new TextSpan(_pos, 1));
        }

        SkipDigits();
        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                return FailUnexpected("a digit after the decimal point");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                return FailUnexpected("a digit in the exponent");
            }

            SkipDigits();
        }

        var span = TextSpan.FromBounds(start, _pos);
        return new JsonNumberNode(span, _text.Substring(start, span.Length));
    }

    /// <summary><c>true</c>, <c>false</c>, <c>null</c>; any other bare word is reported whole (e.g. <c>True</c>, <c>NaN</c>).</summary>
    private JsonNode? ReadLiteral()
    {
        var start = _pos;
        SkipWord();
        var span = TextSpan.FromBounds(start, _pos);
        switch (_text.Substring(start, span.Length))
        {
            case "true":
                return new JsonLiteralNode(span, JsonKind.True);
            case "false":
                return new JsonLiteralNode(span, JsonKind.False);
            case "null":
                return new JsonLiteralNode(span, JsonKind.Null);
            case var word:
                return Fail($"'{MessageText.Quote(word)}' is not a JSON value; the literals are true, false and null, and strings need double quotes", span);
        }
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private void SkipWord()
    {
        while (Peek() is char c && IsWordChar(c))
        {
            _pos++;
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _pos++;
        }
    }

    private char? Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : null;

    private static bool IsDigit(char? c) => c is >= '0' and <= '9';

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>Reports the character at <c>_pos</c> (or the end of the text) where <paramref name="expected"/> should be.</summary>
    private JsonNode? FailUnexpected(string expected)
    {
        if (_pos >= _text.Length)
        {
            return Fail($"unexpected end of file; expected {expected}", new TextSpan(_text.Length, 0));
        }

        var c = _text[_pos];
        if (c == '/' && Peek(1) is '/' or '*')
        {
            return Fail("comments are not allowed in strict JSON", new TextSpan(_pos, 2));
        }

        return Fail($"unexpected character {Describe(c)}; expected {expected}", new TextSpan(_pos, 1));
    }

    private JsonNode? Fail(string message, TextSpan span)
    {
        _error ??= new JsonSyntaxError(message, span);
        return null;
    }

    private static string Describe(char c)
        => c is >= ' ' and < '\u007F' ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}

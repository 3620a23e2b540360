using System;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

public class JsonReaderTests
{
    private static JsonNode ReadValid(string text)
    {
        var result = JsonReader.Read(text, CancellationToken.None);
        Assert.Null(result.Error);
        Assert.Empty(result.DuplicateKeys);
        return result.Root!;
    }

    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Reads_every_kind_of_value_with_its_span()
    {
        const string Text = "{ \"a\": [1, -2.5e3, true, false, null, \"x\", {}, []] }";
        var root = Assert.IsType<JsonObjectNode>(ReadValid(Text));
        Assert.Equal(TextSpan.FromBounds(0, Text.Length), root.Span);

        var member = Assert.Single(root.Members);
        Assert.Equal("a", member.Key);
        Assert.Equal("\"a\"", At(Text, member.KeySpan));

        var items = Assert.IsType<JsonArrayNode>(member.Value).Items;
        Assert.Equal(
            new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null, JsonKind.String, JsonKind.Object, JsonKind.Array },
            items.Select(i => i.Kind));
        Assert.Equal(new[] { "1", "-2.5e3", "true", "false", "null", "\"x\"", "{}", "[]" }, items.Select(i => At(Text, i.Span)));
        Assert.Equal("-2.5e3", Assert.IsType<JsonNumberNode>(items[1]).RawText);
        Assert.Equal("x", Assert.IsType<JsonStringNode>(items[5]).Value);
    }

    [Fact]
    public void Keeps_members_in_document_order_with_key_spans_across_lines()
    {
        const string Text = "{\n  \"zeta\": 1,\r\n  \"alpha\": {\"inner\": \"v\"}\n}";
        var root = Assert.IsType<JsonObjectNode>(ReadValid(Text));
        Assert.Equal(new[] { "zeta", "alpha" }, root.Members.Select(m => m.Key));
        Assert.Equal(new[] { "\"zeta\"", "\"alpha\"" }, root.Members.Select(m => At(Text, m.KeySpan)));
        var inner = Assert.IsType<JsonObjectNode>(root.Members[1].Value);
        Assert.Equal("{\"inner\": \"v\"}", At(Text, inner.Span));
    }

    [Theory]
    [InlineData(@"""plain""", "plain")]
    [InlineData(@"""\"" \\ \/ \b \f \n \r \t""", "\" \\ / \b \f \n \r \t")]
    [InlineData(@"""caf\u00e9 \u00E9""", "café é")]
    [InlineData(@"""\ud83d\ude00""", "😀")]
    [InlineData("\"😀 raw\"", "😀 raw")]
    [InlineData(@"""\u0000""", "\0")]
    [InlineData("\"\u007f and \u2028\"", "\u007f and \u2028")]
    public void Decodes_strings(string json, string expected)
        => Assert.Equal(expected, Assert.IsType<JsonStringNode>(ReadValid(json)).Value);

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1.5")]
    [InlineData("10")]
    [InlineData("1e10")]
    [InlineData("1E+2")]
    [InlineData("-1.0e-3")]
    [InlineData("123456789012345678901234567890")]
    public void Keeps_numbers_as_written(string json)
        => Assert.Equal(json, Assert.IsType<JsonNumberNode>(ReadValid(json)).RawText);

    [Theory]
    [InlineData("", 0, 0, "unexpected end of file")]
    [InlineData("   ", 3, 0, "unexpected end of file")]
    [InlineData("{", 1, 0, "unexpected end of file")]
    [InlineData("[1,]", 2, 1, "trailing commas")]
    [InlineData("{\"a\":1 , }", 7, 1, "trailing commas")]
    [InlineData("[,1]", 1, 1, "unexpected character ','")]
    [InlineData("01", 0, 1, "leading zeros")]
    [InlineData("[-01]", 2, 1, "leading zeros")]
    [InlineData("-", 1, 0, "expected a digit")]
    [InlineData("1.", 2, 0, "after the decimal point")]
    [InlineData("1.e5", 2, 1, "after the decimal point")]
    [InlineData("1e", 2, 0, "in the exponent")]
    [InlineData("+1", 0, 1, "unexpected character '+'")]
    [InlineData(".5", 0, 1, "unexpected character '.'")]
    [InlineData("\"a\\qb\"", 2, 2, "invalid escape sequence '\\q'")]
    [InlineData("\"\\u12G4\"", 1, 6, "four hexadecimal digits")]
    [InlineData("\"\\u12\"", 1, 5, "four hexadecimal digits")]
    [InlineData("\"\\ud800\"", 1, 6, "unpaired surrogate")]
    [InlineData("\"\\udc00\"", 1, 6, "unpaired surrogate")]
    [InlineData("\"\\ud800\\u0041\"", 1, 6, "unpaired surrogate")]
    [InlineData("\"a\nb\"", 2, 1, "control character U+000A")]
    [InlineData("\"a\tb\"", 2, 1, "control character U+0009")]
    [InlineData("\"abc", 4, 0, "not closed")]
    [InlineData("\"abc\\", 5, 0, "not closed")]
    [InlineData("// x\n{}", 0, 2, "comments")]
    [InlineData("{} /* x */", 3, 2, "comments")]
    [InlineData("{} x", 3, 1, "end of the file after the JSON value")]
    [InlineData("{}{}", 2, 1, "end of the file after the JSON value")]
    [InlineData("{'a':1}", 1, 1, "property names must be enclosed in double quotes")]
    [InlineData("{abc:1}", 1, 3, "property names must be enclosed in double quotes")]
    [InlineData("{1:1}", 1, 1, "property names must be enclosed in double quotes")]
    [InlineData("['a']", 1, 1, "strings must be enclosed in double quotes")]
    [InlineData("[True]", 1, 4, "'True' is not a JSON value")]
    [InlineData("[NaN]", 1, 3, "'NaN' is not a JSON value")]
    [InlineData("[nul]", 1, 3, "'nul' is not a JSON value")]
    [InlineData("[truex]", 1, 5, "'truex' is not a JSON value")]
    [InlineData("[1 2]", 3, 1, "expected ',' or ']'")]
    [InlineData("{\"a\" 1}", 5, 1, "expected ':'")]
    [InlineData("{\"a\":1 \"b\":2}", 7, 1, "expected ',' or '}'")]
    [InlineData("\u00a0{}", 0, 1, "unexpected character U+00A0")]
    [InlineData("\f{}", 0, 1, "unexpected character U+000C")]
    public void Rejects_malformed_json_at_the_offending_characters(string json, int start, int length, string messagePart)
    {
        var result = JsonReader.Read(json, CancellationToken.None);
        Assert.Null(result.Root);
        var error = Assert.IsType<JsonSyntaxError>(result.Error);
        Assert.Equal(new TextSpan(start, length), error.Span);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_lone_surrogate_written_raw()
    {
        // Not an [InlineData] case: test discovery serializes theory data, and a lone surrogate is not valid UTF-16.
        var text = "\"a" + '\ud800' + "\"";
        var error = JsonReader.Read(text, CancellationToken.None).Error;
        Assert.NotNull(error);
        Assert.Equal(new TextSpan(2, 1), error.Span);
        Assert.Contains("unpaired surrogate U+D800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit_and_rejects_one_level_more()
    {
        var deepest = new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth);
        Assert.IsType<JsonArrayNode>(ReadValid(deepest));

        var tooDeep = "[" + deepest + "]";
        var error = JsonReader.Read(tooDeep, CancellationToken.None).Error;
        Assert.NotNull(error);
        Assert.Equal(new TextSpan(JsonReader.MaxDepth, 1), error.Span);
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_very_deep_nesting_without_overflowing_the_stack()
    {
        var text = new string('[', 1_000_000);
        var error = JsonReader.Read(text, CancellationToken.None).Error;
        Assert.NotNull(error);
        Assert.Equal(JsonReader.MaxDepth, error.Span.Start);
    }

    [Fact]
    public void Keeps_the_first_of_repeated_keys_and_lists_each_repeat()
    {
        const string Text = "{\"a\": 1, \"b\": 2, \"a\": 3, \"a\": 4}";
        var result = JsonReader.Read(Text, CancellationToken.None);
        var root = Assert.IsType<JsonObjectNode>(result.Root);
        Assert.Equal(new[] { "a", "b" }, root.Members.Select(m => m.Key));
        Assert.Equal("1", Assert.IsType<JsonNumberNode>(root.Members[0].Value).RawText);
        Assert.Equal(new[] { 17, 25 }, result.DuplicateKeys.Select(d => d.Span.Start));
        Assert.All(result.DuplicateKeys, d => Assert.Equal("a", d.Key));
        Assert.All(result.DuplicateKeys, d => Assert.Equal("\"a\"", At(Text, d.Span)));
    }

    [Fact]
    public void Compares_keys_after_unescaping()
    {
        var result = JsonReader.Read("{\"a\": 1, \"\\u0061\": 2}", CancellationToken.None);
        Assert.Equal("a", Assert.Single(result.DuplicateKeys).Key);
    }

    [Fact]
    public void Skips_a_leading_byte_order_mark()
        => Assert.IsType<JsonObjectNode>(ReadValid("\uFEFF{}"));

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => JsonReader.Read("[1, 2, 3]", cancelled.Token));
    }
}

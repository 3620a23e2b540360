using System.Linq;
using System.Text.Json;
using KeygenGen.Generator.Emitting;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KeygenGen.Generator.Tests.Hostile;

/// <summary>
/// Schema text that reaches generated code (summaries, descriptions, wire names and values, deprecation notes) cannot
/// end a doc comment or a literal early and smuggle code in: C# ends a line at CR, LF, NEL, U+2028 and U+2029, and a
/// <c>///</c> comment with it. The payload below, once injected, declares a module initializer that would run in
/// every process that loads the user's assembly.
/// </summary>
public class InjectionTests
{
    public static TheoryData<string> LineTerminators => new() { "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n" };

    [Theory]
    [MemberData(nameof(LineTerminators))]
    public void Text_with_a_line_terminator_cannot_inject_code(string terminator)
    {
        var payload = $"Text.{terminator}[global::System.Runtime.CompilerServices.ModuleInitializer] internal static void Injected() => global::System.Environment.Exit(3);{terminator}//";
        var p = JsonSerializer.Serialize(payload);
        var schema = $$"""
            {
              "enums": { "Mood": { "summary": {{p}}, "values": [{{JsonSerializer.Serialize($"x{terminator}y")}}, { "value": "calm", "summary": {{p}} }, { "value": {{p}}, "name": "Named" }] } },
              "objects": { "Report": { "summary": {{p}}, "properties": { {{p}}: { "type": "string", "name": "Text" }, "note": { "type": "string", "summary": {{p}} } } } },
              "resources": {
                "Gadget": { "type": "gadgets", "summary": {{p}},
                  "attributes": {
                    "size": { "type": "integer", "summary": {{p}}, "create": "optional" },
                    {{p}}: { "type": "Mood", "name": "Mood", "create": "optional", "update": true },
                    "old": { "type": "string", "deprecated": {{p}} } },
                  "relationships": { "license": { "to": "License", "summary": {{p}}, "create": "optional" }, {{p}}: { "to": "License", "name": "OwnerId" } },
                  "meta": { {{p}}: { "type": "string", "name": "Token" } } }
              },
              "unions": { "Thing": { "summary": {{p}}, "of": ["Gadget", "License"] } },
              "operations": [
                { "id": "gadgets.poke", "method": "POST", "path": "/gadgets/{id}/actions/poke", "summary": {{p}}, "description": {{p}},
                  "deprecated": {{p}}, "pathParameters": { "id": { "summary": {{p}} } },
                  "query": { {{p}}: { "type": "string", "name": "Filter" } },
                  "body": { "mode": "meta", "meta": { {{p}}: { "type": "string", "name": "Reason", "summary": {{p}} } } },
                  "response": { "resource": "Gadget", "meta": "Report" } },
                { "id": "gadgets.update", "method": "PATCH", "path": "/gadgets/{id}", "summary": "Updates a gadget.",
                  "pathParameters": { "id": {} }, "body": { "mode": "update", "resource": "Gadget" }, "response": { "resource": "Thing" } }
              ]
            }
            """;

        var build = ConsumerBuild.Run("hostile.keygen.json", schema);

        Assert.Empty(build.GeneratorDiagnostics);
        foreach (var source in build.Sources)
        {
            var text = source.SourceText.ToString();
            var found = text.FirstOrDefault(c => CSharp.IsLineTerminator(c) && c != '\n');
            Assert.True(found == default, $"{source.HintName} holds U+{(int)found:X4}, which ends a line of C#");
        }

        Assert.True(build.CompileProblems.Count == 0, ConsumerBuildResult.Describe(build.CompileProblems));
        Assert.DoesNotContain("Injected", build.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()).Select(m => m.Identifier.Text));
    }

    [Fact]
    public void The_escaper_knows_every_character_csharp_ends_a_line_at()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(SyntaxFacts.IsNewLine(c) == CSharp.IsLineTerminator(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Xml_text_stays_on_one_line_and_well_formed()
    {
        // Built in code: attribute arguments cannot hold lone surrogates.
        Assert.Equal("a b c d e f g", CSharp.Xml("a\u2028b\u2029c\u0085d\re\nf\r\ng"));
        Assert.Equal("&lt;summary&gt;&amp;&lt;/summary&gt;", CSharp.Xml("<summary>&</summary>"));
        Assert.Equal(
            "nul\ufffd, bell\ufffd, lone \ufffd and \ufffd, pair \ud83d\ude00, \ufffd",
            CSharp.Xml("nul\0, bell\a, lone \ud800 and \udc00, pair \ud83d\ude00, \ufffe"));
    }

    [Fact]
    public void A_literal_holds_only_printable_ascii()
    {
        var literal = CSharp.Literal("a\u2028\u0085\r\n\"\\\ud83d\ude00\0");
        Assert.Equal("\"a\\u2028\\u0085\\r\\n\\\"\\\\\\ud83d\\ude00\\u0000\"", literal);
        Assert.Equal("a\u2028\u0085\r\n\"\\\ud83d\ude00\0", ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.ValueText);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>
/// Each file under Samples/Invalid has one mistake and must give exactly one diagnostic, at the place below
/// (one-based line and column, end exclusive, as an editor shows them). A sample named <c>dir/file.json</c> is
/// one file of a multi-file case: every file of <c>dir</c> is parsed and bound together, and the diagnostic is
/// expected in <c>file.json</c>.
/// </summary>
public class InvalidSampleTests
{
    public static TheoryData<string, string, int, int, int, int, string> Cases => new()
    {
        // sample                              id          line col  end line/col   part of the message
        { "json-trailing-comma.json",          "KGEN0001", 3, 56, 3, 57,   "trailing commas are not allowed" },
        { "json-comment.json",                 "KGEN0001", 2, 3, 2, 5,     "comments are not allowed" },
        { "json-leading-zero.json",            "KGEN0001", 3, 112, 3, 113, "leading zeros" },
        { "json-bad-escape.json",              "KGEN0001", 3, 57, 3, 59,   "invalid escape sequence '\\q'" },
        { "json-raw-newline-in-string.json",   "KGEN0001", 3, 42, 4, 1,    "control character U+000A" },
        { "json-single-quotes.json",           "KGEN0001", 3, 35, 3, 36,   "double quotes" },
        { "json-trailing-text.json",           "KGEN0001", 4, 1, 4, 2,     "end of the file after the JSON value" },
        { "json-truncated.json",               "KGEN0001", 3, 43, 3, 43,   "unexpected end of file" },
        { "json-lone-surrogate.json",          "KGEN0001", 3, 51, 3, 57,   "unpaired surrogate \\uD83D" },
        { "json-too-deep.json",                "KGEN0001", 2, 77, 2, 78,   "nested more than 64 levels" },
        { "json-unquoted-key.json",            "KGEN0001", 3, 24, 3, 30,   "property names must be enclosed in double quotes" },
        { "json-python-literal.json",          "KGEN0001", 3, 79, 3, 83,   "'True' is not a JSON value" },
        { "root-not-object.json",              "KGEN0004", 1, 1, 3, 2,     "'$' must be an object, but is an array" },
        { "unknown-key.json",                  "KGEN0002", 3, 24, 3, 33,   "Unknown key 'summery' in enum 'LicenseStatus'; expected one of: summary, values" },
        { "missing-key-operation.json",        "KGEN0003", 3, 5, 3, 6,     "Operation 'licenses.list' is missing the required key 'summary'" },
        { "missing-key-resource.json",         "KGEN0003", 3, 5, 3, 14,    "Resource 'License' is missing the required key 'type'" },
        { "wrong-value-type.json",             "KGEN0004", 4, 70, 4, 75,   "'required' must be true or false, but is a string" },
        { "duplicate-operation-id/b.json",     "KGEN0005", 3, 13, 3, 28,   "'licenses.list' is already declared at a.json(3,13)" },
        { "duplicate-route.json",              "KGEN0006", 4, 59, 4, 80,   "GET /licenses/{license} is already declared by operation 'licenses.get'" },
        { "unknown-type-reference.json",       "KGEN0007", 4, 74, 4, 89,   "'LicenceStatus' is not a declared enum, object, resource or union" },
        { "unknown-resource-reference.json",   "KGEN0007", 4, 113, 4, 128, "'LicenseStatus' is not a declared resource" },
        { "path-parameter-not-declared.json",  "KGEN0008", 6, 45, 6, 54,   "'{machine}' of operation 'machines.get' is not declared" },
        { "path-parameter-not-in-path.json",   "KGEN0009", 8, 37, 8, 46,   "'license' is declared but the path '/licenses/{id}' has no '{license}'" },
        { "invalid-declaration-name.json",     "KGEN0010", 3, 5, 3, 20,    "'licenseStatus' cannot be used as an enum name" },
        { "invalid-operation-id.json",         "KGEN0010", 3, 13, 3, 36,   "'licenses.validate-key' cannot be used as an operation id" },
        { "keyword-path-parameter.json",       "KGEN0010", 3, 63, 3, 70,   "it is a C# keyword" },
        { "enum-value-needs-name.json",        "KGEN0010", 3, 45, 3, 63,   "its PascalCase form '15MinuteRevive' is not a C# identifier" },
        { "unsupported-method.json",           "KGEN0011", 3, 40, 3, 46,   "HTTP method 'HEAD' is not supported" },
        { "lowercase-method.json",             "KGEN0011", 3, 40, 3, 45,   "HTTP method 'get' is not supported" },
        { "invalid-create-value.json",         "KGEN0012", 3, 92, 3, 99,   "'maybe' is not a valid value for 'create'" },
        { "invalid-body-mode.json",            "KGEN0012", 3, 130, 3, 133, "'x' is not a valid value for 'mode'" },
        { "invalid-status.json",               "KGEN0012", 3, 110, 3, 113, "'418' is not a valid value for 'status'" },
        { "invalid-type-string.json",          "KGEN0012", 3, 51, 3, 56,   "'int' is not a valid value for 'type'" },
        { "invalid-path.json",                 "KGEN0012", 3, 65, 3, 66,   "it must not contain '?' here" },
        { "duplicate-declaration/b.json",      "KGEN0013", 4, 5, 4, 20,    "Object 'LicenseStatus' is already declared at a.json(2,14)" },
        { "duplicate-key.json",                "KGEN0015", 6, 7, 6, 16,    "Key 'summary' appears more than once" },
        { "data-source-mismatch.json",         "KGEN0016", 14, 52, 14, 71, "operation 'machines.validate' returns 'Machine'" },
        { "body-without-resource.json",        "KGEN0016", 3, 112, 3, 120, "A \"create\" body needs a \"resource\"" },
        { "source-data-outside-object.json",   "KGEN0016", 5, 58, 5, 64,   "only meaningful on a property of an object" },
        { "union-empty-of.json",                 "KGEN0012", 3, 68, 3, 70,   "'[]' is not a valid value for 'of'" },
        { "union-missing-of.json",               "KGEN0003", 3, 5, 3, 13,    "Union 'Bearer' is missing the required key 'of'" },
        { "union-member-not-resource.json",      "KGEN0007", 5, 32, 5, 47,   "'LicenseStatus' is not a declared resource" },
        { "union-member-reserved-name.json",     "KGEN0010", 4, 34, 4, 44,   "'Resource' cannot be used as a union member" },
        { "union-repeated-member.json",          "KGEN0013", 4, 32, 4, 38,   "Union member 'User' is already declared at" },
        { "union-members-share-a-type.json",     "KGEN0016", 4, 5, 4, 13,    "members 'User' and 'Admin' of the same JSON:API type 'users'" },
        { "union-as-body-resource.json",         "KGEN0007", 5, 128, 5, 136, "'Bearer' is not a declared resource" },
        { "inline-not-many.json",                "KGEN0016", 4, 92, 4, 96,   "is inline, so it must be to-many" },
        { "inline-without-create.json",          "KGEN0016", 4, 107, 4, 111, "is inline but not accepted on create" },
        { "inline-polymorphic.json",             "KGEN0016", 5, 75, 5, 94,   "so it needs one target resource" },
        { "inline-with-update.json",             "KGEN0016", 4, 145, 4, 149, "new resources are sent on create only" },
        { "to-many-on-create.json",              "KGEN0016", 4, 102, 4, 112, "Relationship 'users' is to-many, so it is not accepted on create" },
        { "to-many-on-update.json",              "KGEN0016", 4, 102, 4, 106, "Relationship 'users' is to-many, so it is not accepted on update" },
        { "inline-item-name-taken.json",         "KGEN0013", 5, 75, 5, 81,   "Inline item class 'NewUser' is already declared at inline-item-name-taken.json(4,5)" },
        { "request-name-is-inline-item.json",    "KGEN0013", 7, 153, 7, 162, "Request class 'NewUser' is already declared at request-name-is-inline-item.json(4," },
        { "create-many-with-meta.json",          "KGEN0016", 5, 97, 5, 103,  "it has no \"meta\"" },
        { "roles-unknown.json",                  "KGEN0012", 2, 140, 2, 147, "'owner' is not a valid value for 'createRoles[1]'" },
        { "roles-not-sent.json",                 "KGEN0016", 2, 115, 2, 128, "'name' is not accepted on update, so no bearer sends it there" },
        { "relationship-meta-to-one.json",       "KGEN0016", 2, 96, 2, 102,  "Relationship 'parent' is to-one; only a to-many relationship's \"meta\" is read" },
        { "client-id-not-create.json",           "KGEN0016", 5, 89, 5, 99,   "Only a \"create\" body carries a caller-chosen id" },
        { "create-many-with-query.json",         "KGEN0016", 5, 39, 5, 46,   "so it cannot have \"query\"" },
        { "attribute-name-not-pascal-case.json", "KGEN0010", 3, 90, 3, 97,   "'title' cannot be used as a property name" },
        { "query-type-not-enum.json",            "KGEN0007", 4, 119, 4, 128, "'License' is not a declared enum (a query parameter's type is" },
        { "name-differs-only-in-case.json",      "KGEN0017", 3, 16, 3, 30,   "Object 'Widgetstatus' collides with enum 'WidgetStatus' at name-differs-only-in-case.json(2,14): generated names must differ in more than case" },
        { "query-type-unsupported.json",         "KGEN0012", 4, 119, 4, 131, "'datetime[]' is not a valid value for 'type'; expected a type a query string can carry" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_gives_one_diagnostic_at_the_exact_place(string sample, string id, int line, int column, int endLine, int endColumn, string messagePart)
    {
        BoundApi? bound = null;
        var exception = Record.Exception(() => bound = Bind(sample));
        Assert.Null(exception);

        var diagnostic = Assert.Single(SchemaDiagnostics.Of(bound!));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Path.GetFileName(sample), Path.GetFileName(diagnostic.FilePath));
        Assert.Equal(
            (line, column, endLine, endColumn),
            (diagnostic.LineSpan.Start.Line + 1, diagnostic.LineSpan.Start.Character + 1, diagnostic.LineSpan.End.Line + 1, diagnostic.LineSpan.End.Character + 1));
        Assert.Contains(messagePart, DiagnosticText.Message(diagnostic), StringComparison.Ordinal);

        // The span and the line span must describe the same characters, as Roslyn maps them.
        var text = SourceText.From(File.ReadAllText(diagnostic.FilePath));
        Assert.Equal(text.Lines.GetLinePositionSpan(diagnostic.Span), diagnostic.LineSpan);
    }

    [Fact]
    public void Every_sample_has_an_expectation_and_every_expectation_a_sample()
    {
        var expected = Cases.Select(row => ((string)row[0]).Split('/')[0]).OrderBy(s => s, StringComparer.Ordinal);
        var onDisk = Directory.GetFileSystemEntries(TestFiles.InvalidSamples).Select(Path.GetFileName).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(onDisk, expected);
    }

    [Fact]
    public void The_samples_cover_every_schema_diagnostic()
    {
        // KGEN0014 (unreadable file) belongs to the generator's file reading, not to the parser.
        var covered = Cases.Select(row => (string)row[1]).Distinct();
        var schemaIds = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id != "KGEN0014");
        Assert.Equal(schemaIds.OrderBy(i => i, StringComparer.Ordinal), covered.OrderBy(i => i, StringComparer.Ordinal));
    }

    private static BoundApi Bind(string sample)
    {
        var directory = Path.GetDirectoryName(sample);
        var paths = string.IsNullOrEmpty(directory)
            ? [Path.Combine(TestFiles.InvalidSamples, sample)]
            : TestFiles.SampleFiles(Path.Combine(TestFiles.InvalidSamples, directory));
        var files = paths.Select(p => SchemaParser.Parse(p, File.ReadAllText(p), CancellationToken.None)).ToList();
        return SchemaBinder.Bind(files, CancellationToken.None);
    }
}

using System.Linq;
using System.Text.Json;
using System.Threading;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Hostile;

/// <summary>
/// A user's mistake is reported in the user's file, at the later of two clashing names in file order, with a message
/// that quotes the user's text on one line and briefly.
/// </summary>
public class DiagnosticBlameTests
{
    [Fact]
    public void User_text_in_a_message_is_one_line_and_short()
    {
        var key = "bad\nkey\u2028" + new string('k', 1_000_000);
        var parsed = SchemaParser.Parse("/s/a.json", $$"""{ "enums": { "E": { "values": ["A"], {{JsonSerializer.Serialize(key)}}: 1 } } }""", CancellationToken.None);

        var message = DiagnosticText.Message(Assert.Single(parsed.Diagnostics));
        Assert.StartsWith("Unknown key 'bad\\nkey\\u2028kkk", message);
        Assert.Contains("… (1,000,008 characters)' in enum 'E'", message);
        Assert.True(message.Length < 400, message);
    }

    [Fact]
    public void A_clash_with_the_sdks_own_schema_is_reported_in_the_users_file_whatever_the_paths()
    {
        var sdk = SchemaParser.Parse("/z/sdk/licenses.json", """{ "resources": { "License": { "type": "licenses" } } }""", CancellationToken.None) with { IsReference = true };
        var user = SchemaParser.Parse("/a/billing.keygen.json", """{ "enums": { "License": { "values": ["A"] } } }""", CancellationToken.None);

        var diagnostic = Assert.Single(SchemaBinder.Bind([user, sdk], CancellationToken.None).Diagnostics);
        Assert.Equal("/a/billing.keygen.json", diagnostic.FilePath);
        Assert.Equal("Enum 'License' is already declared at licenses.json(1,18)", DiagnosticText.Message(diagnostic));
    }

    [Fact]
    public void Of_two_declarations_of_one_name_the_later_in_the_file_is_reported_whatever_their_kinds()
    {
        var file = SchemaParser.Parse("/s/a.json", """{ "resources": { "Status": { "type": "statuses" } }, "enums": { "Status": { "values": ["A"] } } }""", CancellationToken.None);

        var bound = SchemaBinder.Bind([file], CancellationToken.None);
        Assert.Equal("Enum 'Status' is already declared at a.json(1,18)", DiagnosticText.Message(Assert.Single(bound.Diagnostics)));
        Assert.Equal("Status", Assert.Single(bound.Spec.Resources).Name);
    }
}

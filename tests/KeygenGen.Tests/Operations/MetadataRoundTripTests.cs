using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>Metadata is a free JSON object: nested objects, arrays, numbers, booleans and nulls survive a read and a write.</summary>
public sealed class MetadataRoundTripTests : OperationTest
{
    private const string Metadata = """
        {"customer":{"id":"cus_49F1","seats":3,"ratio":0.75,"tags":["pro","edu"],"trial":false,"notes":null},"region":"eu-west"}
        """;

    [Fact]
    public async Task Metadata_read_from_a_license_is_sent_back_unchanged()
    {
        JsonObject license = LicenseDocuments.Resource();
        license["attributes"]!["metadata"] = JsonNode.Parse(Metadata);
        Reply(200, JsonApiDocument.Single(license));
        Reply(200, LicenseDocuments.Document());

        License read = await Keygen.Licenses.GetAsync(LicenseDocuments.Id);
        await Keygen.Licenses.UpdateAsync(LicenseDocuments.Id, new UpdateLicenseRequest { Metadata = read.Metadata });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Metadata), read.Metadata));
        Assert.Equal(3, (int?)read.Metadata["customer"]!["seats"]);
        Assert.Equal("edu", (string?)read.Metadata["customer"]!["tags"]![1]);
        Assert.Equal(2, Server.Requests.Count);
        Wire.JsonAssert.Equivalent(
            $$"""{"data":{"type":"licenses","attributes":{"metadata":{{Metadata}} } } }""",
            Server.Requests[1].Body);
    }

    // Found by response fuzzing: the call succeeded, and the first use of Metadata threw in the caller's code
    // (ArgumentException for a repeated key, InvalidOperationException for an unpaired surrogate).
    [Theory]
    [InlineData("""{"customer":"c-1","customer":"c-2"}""")]
    [InlineData("""{"customer":{"seats":1,"seats":2}}""")]
    [InlineData("""{"customer":"\ud800"}""")]
    [InlineData("""{"tags":["ok","a\udc00b"]}""")]
    [InlineData("""{"\ud83d\u0041":1}""")]
    public async Task Metadata_that_cannot_be_read_in_full_is_a_malformed_response(string metadata)
    {
        JsonObject license = LicenseDocuments.Resource();
        license["attributes"]!["metadata"] = "#metadata#";
        Reply(200, JsonApiDocument.Single(license).Replace("\"#metadata#\"", metadata, System.StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => Keygen.Licenses.GetAsync(LicenseDocuments.Id));

        Assert.Contains("repeated key or a string that is not valid Unicode", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_set_to_an_empty_object_is_sent_as_one()
    {
        Reply(200, LicenseDocuments.Document());

        await Keygen.Licenses.UpdateAsync(LicenseDocuments.Id, new UpdateLicenseRequest { Metadata = new JsonObject() });

        Expect("PATCH", $"{Acme}/licenses/{LicenseDocuments.Id}", body: """{"data":{"type":"licenses","attributes":{"metadata":{}}}}""");
    }
}

using System.Text;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Serialization;
using Keygen.Serialization.Converters;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>
/// Bodies are read into pooled buffers that a typed read gives back: results must never share those buffers, and a body
/// someone else holds (a capture, an exception) must stay whole.
/// </summary>
public sealed class ResponseBodyTests : KeygenServerTest
{
    private static string License(string id, string key) =>
        "{\"data\":{\"id\":\"" + id + "\",\"type\":\"licenses\",\"attributes\":{\"key\":\"" + key + "\",\"status\":\"ACTIVE\",\"metadata\":{\"seat\":\"" + id + "\"}}}}";

    /// <summary>A reply that announces its length, as Keygen does: such bodies are read into pooled buffers.</summary>
    private static Reply Sized(string json) => async (context, _) =>
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = Replies.JsonApi;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    };

    [Fact]
    public async Task A_typed_read_releases_the_body_and_its_result_survives_reuse_of_the_buffer()
    {
        Server.Enqueue(Sized(License("l1", "KEY-ONE")), Sized(License("l2", "KEY-TWO")));
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse first = await client.SendAsync(TestClients.Get("/licenses/l1"));
        License one = JsonApiDocumentReader.ReadData(first, LicenseJsonConverter.ReadValue);
        License two = JsonApiDocumentReader.ReadData(await client.SendAsync(TestClients.Get("/licenses/l2")), LicenseJsonConverter.ReadValue);

        Assert.True(first.Body.IsEmpty);
        Assert.Equal(("l1", "KEY-ONE", "l1"), (one.Id, one.Key, (string?)one.Metadata["seat"]));
        Assert.Equal(("l2", "KEY-TWO", "l2"), (two.Id, two.Key, (string?)two.Metadata["seat"]));
    }

    [Fact]
    public async Task A_captured_response_keeps_its_body_after_a_typed_read()
    {
        Server.Fallback = Sized(License("l1", "KEY-ONE"));
        using KeygenClient client = TestClients.Client(Server);

        using var capture = KeygenResponseCapture.Start();
        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses/l1"));
        JsonApiDocumentReader.ReadData(response, LicenseJsonConverter.ReadValue);

        Assert.Equal(License("l1", "KEY-ONE"), capture.Last!.BodyAsString());
    }

    [Fact]
    public async Task A_malformed_document_keeps_its_body_in_the_exception()
    {
        Server.Fallback = Sized("""{"data":{"id":"l1","type":"licenses","attributes":{"key":42}}}""");
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses/l1"));
        var error = Assert.Throws<KeygenMalformedResponseException>(() => JsonApiDocumentReader.ReadData(response, LicenseJsonConverter.ReadValue));

        Assert.Contains("\"key\":42", error.Response!.BodyAsString(), System.StringComparison.Ordinal);
    }
}

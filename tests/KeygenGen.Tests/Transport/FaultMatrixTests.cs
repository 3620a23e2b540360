using System;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Responses that are not what they should be become typed exceptions that say what arrived.</summary>
public sealed class FaultMatrixTests : KeygenServerTest
{
    private KeygenClient _client = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _client = TestClients.Client(Server, o => o.Retry = KeygenRetryOptions.Disabled);
    }

    public override async Task DisposeAsync()
    {
        _client.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task An_html_error_page_is_malformed_and_quoted()
    {
        Server.Fallback = Replies.Body(502, "text/html", "<html>\n  <body><h1>502 Bad Gateway</h1></body>\n</html>", ("X-Request-Id", "gw-1"));

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses", "licenses.list")));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("gw-1", error.RequestId);
        Assert.Contains("text/html body instead of a JSON:API error document", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"<html> <body><h1>502 Bad Gateway</h1></body> </html>\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET " + Server.BaseUrl + "v1/accounts/acme/licenses (licenses.list)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_with_status_200_is_malformed()
    {
        Server.Fallback = Replies.Body(200, "text/html; charset=utf-8", "<!DOCTYPE html><title>Captive portal</title>");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("text/html body where a JSON:API document was expected", error.Message, StringComparison.Ordinal);
        Assert.Equal("<!DOCTYPE html><title>Captive portal</title>", error.Response!.BodyAsString());
    }

    [Fact]
    public async Task A_wrong_content_type_on_success_is_malformed()
    {
        Server.Fallback = Replies.Body(200, "text/plain", """{"data":null}""");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/me")));

        Assert.Contains("text/plain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    public async Task Json_content_types_are_accepted_on_success(string contentType)
    {
        Server.Fallback = Replies.Body(200, contentType, """{"data":null}""");

        KeygenResponse response = await _client.SendAsync(TestClients.Get("/me"));

        Assert.Equal("""{"data":null}""", response.BodyAsString());
    }

    [Fact]
    public async Task An_invalid_json_error_body_is_malformed()
    {
        Server.Fallback = Replies.Json(500, """{"errors":[{"title":"Internal""");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeygenException>(error);
    }

    // Found by response fuzzing: JsonDocument accepts these documents and only throws InvalidOperationException when
    // the broken string is read, which escaped raw.
    [Theory]
    [InlineData("""{"errors":[{"title":"\ud800"}]}""")]
    [InlineData("""{"errors":[{"title":"x","\udc00":1}]}""")]
    [InlineData("""{"meta":{"id":"a\udfff\ud800"},"errors":[]}""")]
    public async Task An_error_body_with_an_unpaired_surrogate_is_malformed(string body)
    {
        Server.Fallback = Replies.Json(422, body);

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(422, error.StatusCode);
        Assert.Contains("is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_with_invalid_utf8_in_a_string_is_malformed()
    {
        byte[] body = [.. "{\"errors\":[{\"detail\":\"a"u8, 0xC3, 0x28, .. "\"}]}"u8];
        Server.Fallback = Replies.Bytes(500, "application/vnd.api+json", body);

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    // Found by response fuzzing: with a decompressing handler, a body that does not match its Content-Encoding made
    // reading it throw InvalidDataException (gzip) or InvalidOperationException (br), which escaped raw.
    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_body_that_does_not_match_its_content_encoding_is_malformed(string encoding)
    {
        Server.Fallback = Replies.Json(200, """{"data":null}""", ("Content-Encoding", encoding));
        using var decompressing = new System.Net.Http.SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All };
        using KeygenClient client = TestClients.Client(Server, o => o.HttpMessageHandler = decompressing);

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => client.SendAsync(TestClients.Get("/licenses/l1")));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("could not be decoded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_without_an_errors_array_is_malformed()
    {
        Server.Fallback = Replies.Body(404, "application/json", """{"message":"no route"}""");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/nope")));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("no \"errors\" array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_error_body_is_malformed()
    {
        Server.Fallback = Replies.Empty(500);

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => _client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_success_body_is_returned_for_the_reader_to_judge()
    {
        Server.Fallback = Replies.Empty(204);

        KeygenResponse response = await _client.SendAsync(TestClients.Get("/licenses/l1"));

        Assert.Equal(204, response.StatusCode);
        Assert.True(response.Body.IsEmpty);
    }

    [Fact]
    public async Task A_truncated_success_body_is_a_transport_fault()
    {
        Server.Fallback = Replies.CutOff("""{"data":{"id":"l1","type":"lic""", announced: 500);

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => _client.SendAsync(TestClients.Get("/licenses/l1")));

        Assert.False(error.Timeout);
        Assert.Contains("response was incomplete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keygen_error_document_becomes_an_api_exception_with_every_field()
    {
        Server.Fallback = Replies.Json(
            422,
            """
            {"meta":{"id":"meta-id"},"errors":[
              {"title":"Unprocessable resource","detail":"has already been taken","code":"FINGERPRINT_TAKEN",
               "source":{"pointer":"/data/attributes/fingerprint"},"links":{"about":"https://keygen.sh/docs/api/machines/"}},
              {"title":"Bad request","detail":"is invalid","code":"PAGE_SIZE_INVALID","source":{"parameter":"page[size]"}},
              {"title":"Bad request","source":{"header":"Keygen-Environment"}, "code": 7}
            ]}
            """,
            ("X-Request-Id", "req-422"));

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => _client.SendAsync(TestClients.Post("/machines", "{}", "machines.create")));

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("FINGERPRINT_TAKEN", error.Code);
        Assert.Equal("Unprocessable resource", error.Title);
        Assert.Equal("has already been taken", error.Detail);
        Assert.Equal("req-422", error.RequestId);
        Assert.True(error.HasCode("PAGE_SIZE_INVALID"));
        Assert.Equal(3, error.Errors.Count);
        Assert.Equal("/data/attributes/fingerprint", error.Errors[0].Source!.Pointer);
        Assert.Equal("https://keygen.sh/docs/api/machines/", error.Errors[0].AboutLink);
        Assert.Equal("page[size]", error.Errors[1].Source!.Parameter);
        Assert.Equal("Keygen-Environment", error.Errors[2].Source!.Header);
        Assert.Null(error.Errors[2].Code);
        Assert.Contains(
            "Keygen rejected the call: FINGERPRINT_TAKEN: Unprocessable resource - has already been taken (pointer /data/attributes/fingerprint); " +
            "PAGE_SIZE_INVALID: Bad request - is invalid (parameter page[size]); Bad request (header Keygen-Environment).",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("(machines.create); status 422", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("request id req-422.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_request_id_is_used_when_the_header_is_missing()
    {
        Server.Fallback = Replies.Error(404, "NOT_FOUND", "Not found", "The requested license 'x' was not found");

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => _client.SendAsync(TestClients.Get("/licenses/x")));

        Assert.Equal("req-404", error.RequestId);
        Assert.Contains("request id req-404", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "TOKEN_INVALID", "KeygenClientOptions.Token or LicenseKey")]
    [InlineData(403, "LICENSE_NOT_ALLOWED", "not allowed to do this")]
    [InlineData(400, "INVALID_API_VERSION", "KeygenClientOptions.ApiVersion")]
    [InlineData(400, "ENVIRONMENT_INVALID", "KeygenClientOptions.Environment")]
    public async Task Common_errors_carry_a_hint(int status, string code, string hint)
    {
        Server.Fallback = Replies.Error(status, code, "Title", "detail");

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => _client.SendAsync(TestClients.Get("/me")));

        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_detail_ending_in_a_period_is_not_followed_by_another_before_the_hint()
    {
        // Keygen's throttle detail ends with a period; the message used to read "… for more info.. Keygen is rate limiting …".
        Server.Fallback = Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "Please slow down. See the docs for more info.");

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => _client.SendAsync(TestClients.Get("/me")));

        Assert.Contains("for more info. Keygen is rate limiting", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_error_without_a_body_is_an_api_exception()
    {
        Server.Fallback = Replies.Empty(404);

        var error = await Assert.ThrowsAsync<KeygenApiException>(() =>
            _client.SendAsync(new KeygenRequest(System.Net.Http.HttpMethod.Head, "/artifacts/a", "artifacts.head", KeygenAuthKinds.Token)));

        Assert.Equal(404, error.StatusCode);
        Assert.Empty(error.Errors);
    }
}

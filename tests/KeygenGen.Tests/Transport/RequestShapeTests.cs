using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>What exactly goes over the wire: method, path, query, headers and body.</summary>
public sealed class RequestShapeTests : KeygenServerTest
{
    [Fact]
    public async Task Get_sends_account_path_encoded_query_and_keygen_headers()
    {
        Server.Fallback = Replies.Json(200, """{"data":[]}""", ("X-Request-Id", "req-1"));
        using KeygenClient client = TestClients.Client(Server, o =>
        {
            o.Environment = "staging";
            o.UserAgentSuffix = "MyApp/2.1";
        });
        KeygenRequest request = TestClients.Get("/licenses", "licenses.list");
        request.Query = [new("page[size]", "100"), new("status", "ACTIVE"), new("metadata[customer id]", "a&b=c/é")];

        KeygenResponse response = await client.SendAsync(request);

        RecordedRequest received = Assert.Single(Server.Requests);
        Assert.Equal("GET", received.Method);
        Assert.Equal("/v1/accounts/acme/licenses", received.Path);
        Assert.Equal("page%5Bsize%5D=100&status=ACTIVE&metadata%5Bcustomer%20id%5D=a%26b%3Dc%2F%C3%A9", received.RawQuery);
        Assert.Equal("100", received.Query["page[size]"]);
        Assert.Equal("a&b=c/é", received.Query["metadata[customer id]"]);
        Assert.Equal("application/vnd.api+json", received.Header("Accept"));
        Assert.Equal("Bearer " + Sentinels.Token, received.Header("Authorization"));
        Assert.Equal("1.8", received.Header("Keygen-Version"));
        Assert.Equal("staging", received.Header("Keygen-Environment"));
        Assert.StartsWith("KeygenGen/", received.Header("User-Agent"), StringComparison.Ordinal);
        Assert.EndsWith(" MyApp/2.1", received.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Null(received.Header("Content-Type"));
        Assert.Empty(received.Body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""{"data":[]}""", response.BodyAsString());
        Assert.Equal("application/vnd.api+json", response.ContentType);
        Assert.Equal("req-1", response.RequestId);
        Assert.Equal("GET", response.Method);
        Assert.Equal("licenses.list", response.OperationId);
    }

    [Fact]
    public async Task Post_sends_the_body_bytes_as_json_api()
    {
        const string body = """{"data":{"type":"licenses","relationships":{"policy":{"data":{"type":"policies","id":"p1"}}}}}""";
        Server.Fallback = Replies.Json(201, """{"data":{"id":"l1","type":"licenses"}}""", ("Location", "/v1/accounts/acme/licenses/l1"));
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Post("/licenses", body));

        RecordedRequest received = Assert.Single(Server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/v1/accounts/acme/licenses", received.Path);
        Assert.Equal("application/vnd.api+json", received.Header("Content-Type"));
        Assert.Equal(body, received.BodyText);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(new Uri(Server.BaseUrl, "/v1/accounts/acme/licenses/l1"), response.Location);
    }

    [Fact]
    public async Task Paths_follow_accountless_mode_and_unscoped_requests()
    {
        using KeygenClient accountless = TestClients.Client(Server, o =>
        {
            o.Account = null;
            o.UseAccountlessPaths = true;
        });
        using KeygenClient scoped = TestClients.Client(Server);

        await accountless.SendAsync(TestClients.Get("/licenses/abc"));
        await scoped.SendAsync(new KeygenRequest(HttpMethod.Get, "/plans", "plans.list", KeygenAuthKinds.None) { AccountScoped = false });

        Assert.Equal(["/v1/licenses/abc", "/v1/plans"], Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task An_empty_path_addresses_the_account_itself()
    {
        using KeygenClient client = TestClients.Client(Server);

        await client.SendAsync(new KeygenRequest(HttpMethod.Get, "", "accounts.get", KeygenAuthKinds.Token));

        Assert.Equal("/v1/accounts/acme", Assert.Single(Server.Requests).Path);
        Assert.Throws<ArgumentException>(() => KeygenRequest.ForLink(HttpMethod.Get, "", "link", KeygenAuthKinds.Token));
    }

    [Fact]
    public async Task Escaped_path_segments_arrive_unchanged()
    {
        using KeygenClient client = TestClients.Client(Server);

        await client.SendAsync(TestClients.Get("/machines/" + Uri.EscapeDataString("fp/with space?#")));

        Assert.Equal("/v1/accounts/acme/machines/fp%2Fwith%20space%3F%23", Assert.Single(Server.Requests).Path);
    }

    [Theory]
    [InlineData("/licenses/..")]
    [InlineData("/licenses/./actions")]
    [InlineData("/licenses/../../other-account/licenses")]
    public async Task Dot_segments_that_would_address_another_resource_are_refused(string path)
    {
        using KeygenClient client = TestClients.Client(Server);

        Assert.Equal("path", Assert.Throws<ArgumentException>(() => TestClients.Get(path)).ParamName);
        await Assert.ThrowsAsync<KeygenConfigurationException>(() =>
            client.SendAsync(KeygenRequest.ForLink(HttpMethod.Get, "/v1/accounts/acme" + path + "?page%5Bsize%5D=1", "link", KeygenAuthKinds.Token)));
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Links_resolve_against_base_url_including_a_proxy_prefix()
    {
        using KeygenClient client = TestClients.Client(Server, o => o.BaseUrl = new Uri(Server.BaseUrl, "/keygen/"));

        await client.SendAsync(TestClients.Get("/licenses"));
        await client.SendAsync(KeygenRequest.ForLink(HttpMethod.Get, "/v1/accounts/acme/licenses?page%5Bcursor%5D=abc&page%5Bsize%5D=2", "licenses.list", KeygenAuthKinds.Token));
        await client.SendAsync(KeygenRequest.ForLink(HttpMethod.Get, Server.BaseUrl + "v1/accounts/acme/me", "me", KeygenAuthKinds.Token));

        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(["/keygen/v1/accounts/acme/licenses", "/keygen/v1/accounts/acme/licenses", "/v1/accounts/acme/me"], requests.Select(r => r.Path));
        Assert.Equal("page%5Bcursor%5D=abc&page%5Bsize%5D=2", requests[1].RawQuery);
    }

    [Fact]
    public async Task Link_query_and_extra_query_are_combined()
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenRequest request = KeygenRequest.ForLink(HttpMethod.Get, "/v1/accounts/acme/licenses?page%5Bcursor%5D=abc", "licenses.list", KeygenAuthKinds.Token);
        request.Query = [new("policy", "p1")];

        await client.SendAsync(request);

        Assert.Equal("page%5Bcursor%5D=abc&policy=p1", Assert.Single(Server.Requests).RawQuery);
    }

    [Fact]
    public async Task A_link_to_another_host_is_refused_before_any_credential_is_sent()
    {
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenConfigurationException>(() => client.SendAsync(
            KeygenRequest.ForLink(HttpMethod.Get, "https://evil.example.com/v1/accounts/acme/licenses", "licenses.list", KeygenAuthKinds.Token)));

        Assert.Contains("evil.example.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Extra_headers_and_binary_accept_are_sent_and_binary_bodies_returned()
    {
        byte[] certificate = Encoding.ASCII.GetBytes("-----BEGIN LICENSE FILE-----\nabc\n-----END LICENSE FILE-----\n");
        Server.Fallback = Replies.Body(200, "application/octet-stream", Encoding.ASCII.GetString(certificate));
        using KeygenClient client = TestClients.Client(Server);
        var request = new KeygenRequest(HttpMethod.Get, "/licenses/l1/actions/check-out", "licenses.checkOutFile", KeygenAuthKinds.Token)
        {
            Accept = KeygenMediaTypes.OctetStream,
            Headers = new Dictionary<string, string> { ["Prefer"] = "no-redirect" },
        };

        KeygenResponse response = await client.SendAsync(request);

        RecordedRequest received = Assert.Single(Server.Requests);
        Assert.Equal("application/octet-stream", received.Header("Accept"));
        Assert.Equal("no-redirect", received.Header("Prefer"));
        Assert.Equal(certificate, response.Body.ToArray());
    }

    // Found by response fuzzing: "//" parses as a relative Location, but resolving it threw UriFormatException.
    [Theory]
    [InlineData("//")]
    [InlineData("http://[::1")]
    public async Task A_location_that_does_not_resolve_counts_as_absent(string location)
    {
        Server.Fallback = Replies.Json(201, """{"data":{"id":"l1","type":"licenses"}}""", ("Location", location));
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Post("/licenses", "{}"));

        Assert.Equal(201, response.StatusCode);
        Assert.Null(response.Location);
        Assert.Equal(location, response.GetHeader("Location"));
    }

    [Fact]
    public async Task Redirects_are_returned_not_followed()
    {
        Server.Fallback = Replies.Empty(303, ("Location", "https://storage.example.com/artifact.zip?sig=1"));
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Get("/artifacts/app.zip"));

        Assert.Equal(303, response.StatusCode);
        Assert.Equal(new Uri("https://storage.example.com/artifact.zip?sig=1"), response.Location);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task An_injected_http_client_is_used_and_left_usable()
    {
        using var httpClient = new HttpClient();
        using (var client = new KeygenClient(TestClients.Options(Server), httpClient))
        {
            await client.SendAsync(TestClients.Get("/me"));
        }

        using HttpResponseMessage afterwards = await httpClient.GetAsync(new Uri(Server.BaseUrl, "/still-usable"));

        Assert.Equal(["/v1/accounts/acme/me", "/still-usable"], Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Additional_handlers_see_every_attempt()
    {
        var seen = new List<string>();
        using KeygenClient client = TestClients.Client(Server, o => o.AdditionalHandlers.Add(() => new RecordingHandler(seen)));

        await client.SendAsync(TestClients.Get("/me"));

        Assert.Equal(["GET /v1/accounts/acme/me"], seen);
        Assert.Equal("yes", Assert.Single(Server.Requests).Header("X-Recorded"));
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            request.Headers.Add("X-Recorded", "yes");
            return base.SendAsync(request, cancellationToken);
        }
    }
}

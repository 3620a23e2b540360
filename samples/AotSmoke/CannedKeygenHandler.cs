using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AotSmoke;

/// <summary>
/// Stands in for Keygen in memory: answers the three calls the smoke test makes with canned JSON:API documents, and
/// records what the client sent so the program can check the request side too.
/// </summary>
internal sealed class CannedKeygenHandler : HttpMessageHandler
{
    private const string AccountPath = "/v1/accounts/acme";

    public string? LastValidationBody { get; private set; }

    public string? LastListQuery { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        if (request.Method == HttpMethod.Post && path == AccountPath + "/licenses")
        {
            return Document(HttpStatusCode.Created, $$"""{"data":{{CannedDocuments.License(1)}}}""");
        }

        if (request.Method == HttpMethod.Post && path == AccountPath + "/licenses/actions/validate-key")
        {
            LastValidationBody = body;
            return Document(HttpStatusCode.OK, CannedDocuments.Validation());
        }

        if (request.Method == HttpMethod.Get && path == AccountPath + "/licenses")
        {
            LastListQuery = request.RequestUri.Query;
            return Document(HttpStatusCode.OK, CannedDocuments.Page(3));
        }

        return Document(
            HttpStatusCode.NotFound,
            """{"errors":[{"title":"Not found","detail":"The requested endpoint was not found","code":"NOT_FOUND"}]}""");
    }

    private static HttpResponseMessage Document(HttpStatusCode status, string json) => new(status)
    {
        Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.api+json") },
        },
    };
}

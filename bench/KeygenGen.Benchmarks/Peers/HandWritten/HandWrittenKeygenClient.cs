using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace KeygenGen.Benchmarks.Peers.HandWritten;

/// <summary>
/// The floor the others are measured against: plain <see cref="HttpClient"/> calls with source-generated System.Text.Json,
/// streaming the response into the documents as it arrives (<see cref="HttpCompletionOption.ResponseHeadersRead"/>, as
/// <c>GetFromJsonAsync</c> does), so the raw body is never held whole. No retries, logging or error documents; a non-2xx status throws
/// <see cref="HttpRequestException"/>. The <see cref="HttpClient"/> carries the base address (<c>…/v1/accounts/{account}/</c>)
/// and the Accept, Authorization and Keygen-Version headers.
/// </summary>
public sealed class HandWrittenKeygenClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue JsonApi = new("application/vnd.api+json");
    private static readonly HandWrittenJsonContext Json = HandWrittenJsonContext.Default;

    public async Task<LicenseResource> CreateLicenseAsync(string policyId, CancellationToken cancellationToken = default)
    {
        var body = new CreateLicenseDocument();
        body.Data.Relationships.Policy.Data = new ResourceIdentifier { Type = "policies", Id = policyId };
        using var content = JsonContent.Create(body, Json.CreateLicenseDocument, JsonApi);
        using HttpResponseMessage response = await SendAsync(HttpMethod.Post, "licenses", content, cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, Json.LicenseDocument, cancellationToken).ConfigureAwait(false)).Data ?? throw NoData();
    }

    public async Task<LicenseResource> GetLicenseAsync(string id, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, "licenses/" + Uri.EscapeDataString(id), null, cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, Json.LicenseDocument, cancellationToken).ConfigureAwait(false)).Data ?? throw NoData();
    }

    public async Task<LicenseListDocument> ListLicensesAsync(int pageSize, CancellationToken cancellationToken = default)
    {
        string uri = "licenses?page%5Bsize%5D=" + pageSize.ToString(CultureInfo.InvariantCulture);
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, uri, null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, Json.LicenseListDocument, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ValidationDocument> ValidateKeyAsync(string key, string fingerprint, CancellationToken cancellationToken = default)
    {
        var body = new ValidateKeyDocument { Meta = { Key = key, Scope = new ValidationScope { Fingerprint = fingerprint } } };
        using var content = JsonContent.Create(body, Json.ValidateKeyDocument, JsonApi);
        using HttpResponseMessage response = await SendAsync(HttpMethod.Post, "licenses/actions/validate-key", content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, Json.ValidationDocument, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The response body is the JSON null.");
    }

    private static JsonException NoData() => new("The response document has no \"data\".");
}

using System;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>
/// Generated methods keep the secret inputs the schema marks (a license key used as the id, a key in <c>meta</c>) out
/// of their error messages, even when the server echoes them back; a UUID id stays readable.
/// </summary>
public sealed class GeneratedSecretRedactionTests : KeygenServerTest
{
    private const string CustomerKey = "C0STOM-ER0L1C-ENSE0K-EY0000-V3";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Fallback = EchoPathAndBody;
    }

    [Fact]
    public async Task A_license_key_used_as_the_id_is_redacted_from_the_message()
    {
        using KeygenClient client = TestClients.Client(Server);

        KeygenApiException error = await Assert.ThrowsAsync<KeygenApiException>(() => client.Licenses.SuspendAsync(CustomerKey));

        Assert.Contains(CustomerKey, Server.Requests[0].Path, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomerKey, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("/licenses/[redacted]/actions/suspend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_license_key_in_meta_is_redacted_from_the_message()
    {
        using KeygenClient client = TestClients.Client(Server);

        KeygenApiException error = await Assert.ThrowsAsync<KeygenApiException>(() => client.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = CustomerKey }));

        Assert.Contains(CustomerKey, Server.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomerKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_uuid_id_is_not_a_secret_and_stays_in_the_message()
    {
        using KeygenClient client = TestClients.Client(Server);
        string id = Guid.NewGuid().ToString();

        KeygenApiException error = await Assert.ThrowsAsync<KeygenApiException>(() => client.Licenses.SuspendAsync(id));

        Assert.Contains($"/licenses/{id}/actions/suspend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_cut_off_by_the_body_excerpt_shows_no_part_of_itself()
    {
        // The excerpt of an unreadable body stops after 160 characters, here in the middle of the key.
        Server.Fallback = Replies.Body(500, "text/html", new string('x', 150) + CustomerKey + "</html>");
        using KeygenClient client = TestClients.Client(Server, options => options.Retry = KeygenRetryOptions.Disabled);

        KeygenMalformedResponseException error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => client.Licenses.SuspendAsync(CustomerKey));

        Assert.DoesNotContain(CustomerKey[..6], error.Message, StringComparison.Ordinal);
        Assert.Contains("[redacted]", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A 404 whose detail repeats the path and body, as a careless proxy or server might.</summary>
    private static Task EchoPathAndBody(HttpContext context, RecordedRequest request) =>
        Replies.Error(404, "NOT_FOUND", "Not found", $"nothing at {Uri.UnescapeDataString(request.Path)} for {request.BodyText.Replace("\"", "'", StringComparison.Ordinal)}")(context, request);
}

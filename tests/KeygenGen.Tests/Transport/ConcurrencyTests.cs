using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>One client shared by many concurrent callers, with and without per-call credentials.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_hundred_parallel_calls_on_one_client_all_get_their_own_answer()
    {
        await using KeygenTestServer server = await KeygenTestServer.StartAsync();
        server.Fallback = (context, request) => Replies.Json(
            200,
            JsonSerializer.Serialize(new { data = new { id = request.Path.Split('/')[^1], auth = request.Header("Authorization") } }))(context, request);
        using KeygenClient client = TestClients.Client(server);

        var calls = Enumerable.Range(0, 200).Select(async i =>
        {
            // Every other call goes through its own WithAuth view, so credentials would bleed if any state were shared.
            KeygenClient caller = i % 2 == 0 ? client : client.WithAuth(KeygenAuth.License($"KEY-{i}"));
            using var capture = KeygenResponseCapture.Start();
            KeygenResponse response = await caller.SendAsync(TestClients.Get($"/licenses/l{i}"));
            using JsonDocument document = JsonDocument.Parse(response.Body);
            JsonElement data = document.RootElement.GetProperty("data");
            return (i, Id: data.GetProperty("id").GetString(), Auth: data.GetProperty("auth").GetString(), Captured: capture.Responses.Count);
        }).ToArray();
        var results = await Task.WhenAll(calls);

        Assert.Equal(200, server.Requests.Count);
        Assert.All(results, r =>
        {
            Assert.Equal($"l{r.i}", r.Id);
            Assert.Equal(r.i % 2 == 0 ? "Bearer " + Sentinels.Token : $"License KEY-{r.i}", r.Auth);
            Assert.Equal(1, r.Captured);
        });
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Acceptance.Steps;

namespace Keygen.Acceptance.Running;

/// <summary>
/// Sends a scenario's requests to the emulator in process, as Rack::Test sends them to Keygen (to
/// <c>//api.keygen.sh/v1/…</c> with the scenario's headers), and keeps what came back: the last response for the
/// assertions, every exchange for later checks, and what each request made the server record (request logs, event
/// logs, webhook events, accounts: the "sidekiq jobs" the suite counts).
/// </summary>
internal sealed class HttpExchanges(ScenarioWorld world)
{
    // https, not Rack::Test's http: Keygen writes its URLs as https whatever the request's scheme, the emulator as asked.
    private static readonly Uri Host = new("https://api.keygen.sh");

    private readonly List<ExchangeRecord> _all = new();
    private readonly Dictionary<string, int> _recorded = new(StringComparer.Ordinal);
    private LastResponse? _last;

    /// <summary>The kinds of records a request leaves that the suite counts as jobs.</summary>
    public static readonly IReadOnlyList<string> RecordKinds = ["request-logs", "event-logs", "webhook-events", Accounts];

    /// <summary>The accounts a request made (a sign-up), each of which Keygen initializes the billing of in a job.</summary>
    public const string Accounts = "accounts";

    public IReadOnlyList<ExchangeRecord> All => _all;

    /// <summary>The last response; a step that needs one fails when nothing was sent yet.</summary>
    public LastResponse Last => _last ?? throw new InvalidOperationException("No request has been sent yet.");

    /// <summary>How many records of <paramref name="kind"/> (see <see cref="RecordKinds"/>) the scenario's requests made.</summary>
    public int Recorded(string kind) => _recorded.GetValueOrDefault(kind);

    public async Task SendAsync(string method, string path, string? body, Encoding? encoding = null)
    {
        var target = path.StartsWith("//", StringComparison.Ordinal) ? new Uri("https:" + path) : new Uri(Host, "/" + world.ApiPrefix + "/" + path.TrimStart('/'));
        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        var contentType = world.Headers.GetValueOrDefault("Content-Type");
        if (body is not null || (contentType is not null && method is not ("GET" or "HEAD")))
        {
            request.Content = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(body ?? string.Empty));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in world.Headers.Where(h => !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var before = Snapshot();
        using var response = await world.Worker.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Count(before, Snapshot());

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join("\n", values);
        }

        var sentTarget = request.RequestUri!;
        _last = new LastResponse(method, sentTarget.PathAndQuery, (int)response.StatusCode, headers, bytes);
        _all.Add(new ExchangeRecord(
            world.Scenario.Id, method, sentTarget.AbsolutePath, sentTarget.Query.TrimStart('?'), body, (int)response.StatusCode, _last.Body, headers));
    }

    private Dictionary<string, HashSet<string>> Snapshot() => RecordKinds.ToDictionary(
        kind => kind,
        kind => (kind == Accounts
            ? world.Accounts.Select(account => account.Id)
            : world.Accounts.SelectMany(account => ScenarioWorld.Records(account, kind)).Select(r => r.Id)).ToHashSet(StringComparer.Ordinal));

    private void Count(Dictionary<string, HashSet<string>> before, Dictionary<string, HashSet<string>> after)
    {
        foreach (var kind in RecordKinds)
        {
            _recorded[kind] = Recorded(kind) + after[kind].Count(id => !before[kind].Contains(id));
        }
    }
}

/// <summary>A response as the assertion steps read it.</summary>
/// <param name="Method">The request's method.</param>
/// <param name="Target">The request target as sent (path and query), which Keygen signs.</param>
internal sealed class LastResponse(string method, string target, int status, IReadOnlyDictionary<string, string> headers, byte[] bytes)
{
    private JsonNode? _json;

    public string Method { get; } = method;

    public string Target { get; } = target;

    public int Status { get; } = status;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    public byte[] Bytes { get; } = bytes;

    public string Body { get; } = Encoding.UTF8.GetString(bytes);

    /// <summary>The body as JSON; a step reading JSON fails when it is not.</summary>
    public JsonNode Json
    {
        get
        {
            if (_json is not null)
            {
                return _json;
            }

            try
            {
                return _json = JsonNode.Parse(Body) ?? throw new StepFailedException("body is not JSON", "the body is null");
            }
            catch (JsonException)
            {
                throw new StepFailedException("body is not JSON", $"status {Status}, body: {(Body.Length > 200 ? Body[..200] + "…" : Body)}");
            }
        }
    }

    /// <summary><c>data</c> as an object; a step fails when it is not one.</summary>
    public JsonObject Data => Json["data"] as JsonObject
        ?? throw new StepFailedException("data is not a resource", $"status {Status}, data: {Keygen.Acceptance.Json.JsonMatch.Show(Json["data"])}");

    /// <summary><c>data</c> as an array; a step fails when it is not one.</summary>
    public JsonArray DataArray => Json["data"] as JsonArray
        ?? throw new StepFailedException("data is not an array", $"status {Status}, data: {Keygen.Acceptance.Json.JsonMatch.Show(Json["data"])}");
}

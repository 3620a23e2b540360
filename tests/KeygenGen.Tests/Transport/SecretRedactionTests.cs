using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Paging;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>
/// Runs calls whose every failure mode has the server echo the credentials back, then checks that no token, license key,
/// password or Basic credential appears in log output, trace data, exception messages or the ToString() of any public type.
/// </summary>
public sealed class SecretRedactionTests
{
    private const string OtherCustomerKey = "0THER-CUST0M-ER0KEY-V3";

    private static readonly string[] Secrets = [.. Sentinels.All, OtherCustomerKey];

    /// <summary>The public types of the runtime transport; each must appear among the printed samples.</summary>
    private static readonly Type[] OwnedTypes =
    [
        typeof(KeygenClient), typeof(KeygenClientOptions), typeof(KeygenRetryOptions), typeof(KeygenAuth),
        typeof(KeygenApiException), typeof(KeygenTransportException), typeof(KeygenMalformedResponseException),
        typeof(KeygenConfigurationException), typeof(KeygenApiError), typeof(KeygenErrorSource), typeof(KeygenCallOptions),
    ];

    [Fact]
    public async Task No_secret_is_ever_printed()
    {
        var logger = new InMemoryLogger();
        using var recorder = new ActivityRecorder();
        await using KeygenTestServer server = await KeygenTestServer.StartAsync();
        server.Fallback = EchoCredentials;
        KeygenClientOptions options = TestClients.Options(server);
        options.LicenseKey = Sentinels.LicenseKey;
        options.Logger = logger;
        using var client = new KeygenClient(options);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        using var impatient = new KeygenClient(options);
        KeygenClient basic = client.WithAuth(KeygenAuth.Basic(Sentinels.Email, Sentinels.Password));
        var printed = new List<object>();
        using var capture = KeygenResponseCapture.Start();

        foreach (string scenario in new[] { "ok", "json-error", "html-error", "html-ok", "bad-json", "throttled" })
        {
            await Record(printed, () => client.SendAsync(Request(scenario, $"/licenses/{Sentinels.LicenseKey}/actions/validate", key: Sentinels.LicenseKey)));
        }

        await Record(printed, () => basic.SendAsync(new KeygenRequest(HttpMethod.Post, "/tokens", "tokens.generate", KeygenAuthKinds.Basic)
        {
            Headers = new Dictionary<string, string> { ["X-Scenario"] = "json-error" },
        }));
        await Record(printed, () => client.SendAsync(Request("json-error", $"/licenses/{OtherCustomerKey}", redacted: [OtherCustomerKey])));
        await Record(printed, () => impatient.SendAsync(Request("stall", "/machines")));
        await Record(printed, () => client.SendAsync(KeygenRequest.ForLink(HttpMethod.Get, $"https://elsewhere.example/v1?token={Sentinels.Token}", "link", KeygenAuthKinds.Token)));
        await Record(printed, () => client.WithAuth(KeygenAuth.Anonymous).SendAsync(new KeygenRequest(HttpMethod.Get, "/me", "me", KeygenAuthKinds.Token)));
        var callOptions = new KeygenCallOptions
        {
            Auth = KeygenAuth.License(OtherCustomerKey),
            Headers = new Dictionary<string, string> { ["X-Scenario"] = "json-error", ["X-Customer"] = OtherCustomerKey },
        };
        await Record(printed, () => client.SendAsync(new KeygenRequest(HttpMethod.Get, "/licenses/me", "secrets.per-call", KeygenAuthKinds.License), callOptions));
        printed.Add(callOptions);
        printed.Add(client.WithOptions(callOptions));
        printed.Add(new KeygenResponse<KeygenAuth>(KeygenAuth.Bearer(Sentinels.Token), capture.Last!));
        using (KeygenClient unreachable = Unreachable())
        {
            await Record(printed, () => unreachable.SendAsync(TestClients.Post("/machines", "{}")));
        }

        await Record(printed, async () => await KeygenPaging.EnumerateAsync<int>((_, _) => Task.FromResult<(IReadOnlyList<int>, string?)>(([], "/v1/same")), null).ToListAsync());
        printed.Add(Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(new KeygenClientOptions { Account = "acme", Token = Sentinels.Token + "\n", LicenseKey = " " + Sentinels.LicenseKey })));

        printed.AddRange([options, options.Retry, client, basic, capture, .. capture.Responses]);
        printed.AddRange(capture.Responses.Select(r => r.RateLimit).OfType<KeygenRateLimit>());
        printed.AddRange(new[] { KeygenAuth.Bearer(Sentinels.Token), KeygenAuth.License(Sentinels.LicenseKey), KeygenAuth.Basic(Sentinels.Email, Sentinels.Password), KeygenAuth.Anonymous });
        printed.Add(Request("ok", $"/licenses/{OtherCustomerKey}", redacted: [OtherCustomerKey]));
        KeygenApiException[] apiErrors = printed.OfType<KeygenApiException>().ToArray();
        printed.AddRange(apiErrors.SelectMany(e => e.Errors));
        printed.AddRange(apiErrors.SelectMany(e => e.Errors).Select(e => e.Source).OfType<KeygenErrorSource>());

        AssertEveryOwnedTypeIsSampled(printed);
        Assert.Contains(capture.Responses, r => r.StatusCode == 401);
        var texts = printed.Select(p => p.ToString()!)
            .Concat(printed.OfType<Exception>().Select(e => e.Message))
            .Concat(capture.Responses.Select(r => r.RequestUri))
            .Concat(logger.Entries)
            .Concat(recorder.Activities.Select(ActivityRecorder.Describe))
            .ToArray();
        Assert.NotEmpty(logger.Entries);
        Assert.NotEmpty(recorder.Activities);
        foreach (string secret in Secrets)
        {
            string[] leaks = texts.Where(text => text.Contains(secret, StringComparison.Ordinal) || text.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal)).ToArray();
            Assert.True(leaks.Length == 0, $"{secret} leaked in:\n" + string.Join("\n---\n", leaks));
        }

        Assert.Contains(texts, text => text.Contains("[redacted]", StringComparison.Ordinal));
    }

    private static KeygenRequest Request(string scenario, string path, string? key = null, IReadOnlyList<string>? redacted = null) =>
        new(HttpMethod.Get, path, "secrets." + scenario, KeygenAuthKinds.Token | KeygenAuthKinds.License)
        {
            Query = key is null ? null : [new("key", key)],
            Headers = new Dictionary<string, string> { ["X-Scenario"] = scenario },
            RedactedValues = redacted,
        };

    private static async Task Record(List<object> printed, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (KeygenException e)
        {
            printed.Add(e);
        }
    }

    private static void AssertEveryOwnedTypeIsSampled(List<object> printed)
    {
        Type[] candidates = typeof(KeygenClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "Keygen.Http" or "Keygen.Paging" || OwnedTypes.Contains(t))
            .Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .ToArray();
        Type[] missing = candidates.Where(t => !printed.Any(p => t.IsInstanceOfType(p) || (p.GetType().IsGenericType && p.GetType().GetGenericTypeDefinition() == t))).ToArray();
        Assert.True(missing.Length == 0, "No sample printed for: " + string.Join(", ", missing.Select(t => t.Name)));
        Assert.Superset(OwnedTypes.ToHashSet(), candidates.ToHashSet());
    }

    /// <summary>A server that puts everything secret the caller sent (credentials, path, query) into every kind of answer it can give.</summary>
    private static Task EchoCredentials(HttpContext context, RecordedRequest request)
    {
        string authorization = request.Header("Authorization") ?? "none";
        string decoded = authorization.StartsWith("Basic ", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]))
            : string.Empty;
        string echoed = $"{authorization} {decoded} {Uri.UnescapeDataString(request.Path)} {Uri.UnescapeDataString(request.RawQuery)}";
        Reply reply = request.Header("X-Scenario") switch
        {
            "json-error" => Replies.Error(401, "TOKEN_INVALID", "Unauthorized", "credential " + echoed + " is invalid", "/meta/" + request.Path),
            "html-error" => Replies.Body(502, "text/html", "<html>" + echoed + "</html>"),
            "html-ok" => Replies.Body(200, "text/html", "<p>" + echoed + "</p>"),
            "bad-json" => Replies.Json(500, "{\"errors\":\"" + echoed),
            "throttled" => Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", echoed, null, ("Retry-After", "3600"), ("X-RateLimit-Window", "1m")),
            "stall" => Replies.Stall(context.RequestAborted),
            _ => Replies.Json(200, "{\"data\":null}"),
        };
        return reply(context, request);
    }

    private static KeygenClient Unreachable() =>
        new KeygenClient(new KeygenClientOptions
        {
            Account = "acme",
            BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort.Find()}"),
            Token = Sentinels.Token,
            Retry = KeygenRetryOptions.Disabled,
        });
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Transport.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// Corrupted Keygen responses through the generated clients (get, list, list all pages, validate key, create
/// machine): 2,500 cases against an in-memory handler and the first 250 again over real HTTP (Kestrel on
/// 127.0.0.1). Only typed <see cref="KeygenException"/>s may come out, or a typed result when the corruption is
/// harmless. A failure names the seed and the corruption; <c>KEYGEN_RESPONSE_FUZZ_SEED=&lt;seed&gt;</c> replays it.
/// </summary>
public sealed class ResponseFuzzTests(ITestOutputHelper output)
{
    private const int FirstSeed = 7_000_000;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_uncorrupted_documents_read_as_typed_results(string operationName)
    {
        var operation = FuzzedOperation.All.Single(o => o.Name == operationName);
        var lastPage = CannedResponse.Json(200, Encoding.UTF8.GetBytes(CannedDocuments.LastLicensePage));
        using var handler = new CannedResponseHandler(CannedResponse.Json(operation.SuccessStatus, Encoding.UTF8.GetBytes(operation.Document)), lastPage);
        using var client = new KeygenClient(Options(handler));

        var result = await operation.Call(client);

        switch (result)
        {
            case License license:
                LicenseDocuments.AssertMapped(license);
                break;
            case KeygenPage<License> onePage:
                Assert.Equal(2, onePage.Data.Count);
                LicenseDocuments.AssertMapped(onePage.Data[0]);
                Assert.Equal(CannedDocuments.NextPage, onePage.Links.Next);
                break;
            case List<License> allPages:
                Assert.Equal(3, allPages.Count);
                LicenseDocuments.AssertMapped(allPages[2], "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a");
                break;
            case LicenseValidation validation:
                Assert.Equal((ValidationCode.FingerprintScopeMismatch, false, 42), (validation.Code, validation.Valid, validation.Nonce));
                LicenseDocuments.AssertMapped(validation.License!);
                break;
            case Machine machine:
                MachineDocuments.AssertMapped(machine);
                break;
            default:
                Assert.Fail($"{operationName} returned {result}");
                break;
        }
    }

    public static TheoryData<string> Operations() => new(FuzzedOperation.All.Select(o => o.Name));

    [Fact]
    public async Task Corrupted_responses_give_typed_exceptions_only()
    {
        var stopwatch = Stopwatch.StartNew();
        var outcomes = new List<ResponseFuzzOutcome>();
        foreach (var seed in Seeds(2_500))
        {
            var fuzzCase = ResponseMutator.Create(seed);
            using var handler = new CannedResponseHandler(fuzzCase.Response, fuzzCase.Later);
            using var client = new KeygenClient(Options(handler));
            outcomes.Add(await ResponseFuzzOracle.JudgeAsync(fuzzCase, client));
        }

        output.WriteLine($"{outcomes.Count} cases in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        AssertNoProblems(outcomes);
        if (outcomes.Count > 1)
        {
            AssertTheCorruptionsReachFar(outcomes);
        }
    }

    [Fact]
    public async Task Corrupted_responses_over_real_http_give_typed_exceptions_only()
    {
        await using var server = await KeygenTestServer.StartAsync();

        // Every other case through a handler that decompresses, as users configure it: then Content-Encoding matters.
        using var decompressing = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        var stopwatch = Stopwatch.StartNew();
        var outcomes = new List<ResponseFuzzOutcome>();
        foreach (var seed in Seeds(250))
        {
            var fuzzCase = ResponseMutator.Create(seed);
            var responses = new CannedResponseHandler(fuzzCase.Response, fuzzCase.Later);
            server.Fallback = (context, request) => Write(context, responses.For(request.RawQuery.Length == 0 ? request.Path : request.Path + "?" + request.RawQuery));
            var options = Options(server.BaseUrl);
            options.HttpMessageHandler = seed % 2 == 0 ? null : decompressing;
            using var client = new KeygenClient(options);
            outcomes.Add(await ResponseFuzzOracle.JudgeAsync(fuzzCase, client));
        }

        output.WriteLine($"{outcomes.Count} cases over HTTP in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        AssertNoProblems(outcomes);
    }

    /// <summary>Every corruption is tried, and the outcomes include successes, malformed responses and API errors.</summary>
    private void AssertTheCorruptionsReachFar(List<ResponseFuzzOutcome> outcomes)
    {
        output.WriteLine(string.Join(", ", outcomes.GroupBy(o => o.Exception?.GetType().Name ?? "success").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var kind in ResponseMutator.Kinds)
        {
            Assert.True(outcomes.Count(o => o.Case.Corruption == kind) >= 50, $"{kind} was rarely tried");
        }

        foreach (var operation in FuzzedOperation.All)
        {
            Assert.True(outcomes.Count(o => o.Case.Operation == operation) >= 300, $"{operation} was rarely called");
        }

        Assert.True(outcomes.Count(o => o.Exception is null) >= 250, "too few corruptions were harmless");
        Assert.True(outcomes.Count(o => o.Exception is KeygenMalformedResponseException) >= 1_000, "too few responses were malformed");
        Assert.True(outcomes.Count(o => o.Exception is KeygenApiException) >= 100, "too few responses were API errors");
    }

    private static void AssertNoProblems(List<ResponseFuzzOutcome> outcomes)
    {
        var failures = outcomes.Where(o => o.Problems.Count > 0).ToList();
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {outcomes.Count} cases failed:\n" + string.Join("\n", failures.Take(15).Select(f => $"{f.Case}\n  {string.Join("\n  ", f.Problems)}")));
    }

    private static IEnumerable<int> Seeds(int count)
        => int.TryParse(Environment.GetEnvironmentVariable(ResponseFuzzCase.ReplayVariable), out var replay) ? [replay] : Enumerable.Range(FirstSeed, count);

    private static KeygenClientOptions Options(HttpMessageHandler handler)
    {
        var options = Options(new Uri("https://api.keygen.sh"));
        options.HttpMessageHandler = handler;
        return options;
    }

    /// <summary>One quick retry (429 and 5xx are retried), and any Retry-After beyond 10 ms ends the call instead of waiting.</summary>
    private static KeygenClientOptions Options(Uri baseUrl)
    {
        var options = TestClients.Options(baseUrl);
        options.Retry = new KeygenRetryOptions
        {
            MaxRetries = 1,
            InitialDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryAfter = TimeSpan.FromMilliseconds(10),
        };
        return options;
    }

    private static async Task Write(Microsoft.AspNetCore.Http.HttpContext context, CannedResponse response)
    {
        context.Response.StatusCode = response.Status;
        if (response.ContentType is not null)
        {
            context.Response.Headers.ContentType = response.ContentType;
        }

        foreach (var header in response.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        await context.Response.Body.WriteAsync(response.Body);
    }
}

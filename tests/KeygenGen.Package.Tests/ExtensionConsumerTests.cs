using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>
/// Consumer/Billing: a user's project extends the SDK with billing.keygen.json and calls its new methods, and a
/// built-in one, over real HTTP.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ExtensionConsumerTests(PackagesFixture packages)
{
    private const string Account = "acme";
    private const string Token = "admin-0123456789abcdef";

    private const string SeatLicense = """
        {"data":{"id":"lic-1","type":"licenses","attributes":{"name":"Studio seat","uses":3,"status":"ACTIVE"},"relationships":{}}}
        """;

    private const string RaisedInvoice = """
        {"data":{"id":"inv-7","type":"invoices","attributes":{"total":4200,"currency":"EUR"},
         "relationships":{"license":{"data":{"type":"licenses","id":"lic-1"}}}}}
        """;

    [Fact]
    public async Task The_extension_methods_and_a_built_in_method_reach_the_server_and_return_typed_results()
    {
        var consumer = packages.CopyConsumers("billing");
        var build = await consumer.BuildAsync("Billing");
        Assert.True(build.Succeeded, build.ToString());
        AssertBuiltForBothFrameworksFromTheConsumersDeclarationsOnly(consumer, build);

        // The server the consumer talks to (swap in the emulator here; see the report of issue 7).
        await using var server = await KeygenTestServer.StartAsync();
        server.Enqueue(Replies.Json(200, SeatLicense), Replies.Json(201, RaisedInvoice), Replies.Json(200, SeatLicense));
        var run = await consumer.RunAsync("Billing", new Dictionary<string, string>
        {
            ["KEYGEN_BASE_URL"] = server.BaseUrl.ToString(),
            ["KEYGEN_ACCOUNT"] = Account,
            ["KEYGEN_TOKEN"] = Token,
        });

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(
            [
                "transfer-seat: lic-1 Studio seat uses=3",
                "invoice: inv-7 4200 EUR license=lic-1",
                "get: lic-1 Studio seat status=ACTIVE",
            ],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var requests = server.Requests;
        Assert.Equal(
            [
                "POST /v1/accounts/acme/licenses/lic-1/actions/transfer-seat",
                "POST /v1/accounts/acme/invoices",
                "GET /v1/accounts/acme/licenses/lic-1",
            ],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(requests, r => Assert.Equal($"Bearer {Token}", r.Header("Authorization")));
        AssertJson("""{"meta":{"target":"lic-2"}}""", requests[0].BodyText);
        AssertJson(
            """{"data":{"type":"invoices","attributes":{"total":4200,"currency":"EUR"},"relationships":{"license":{"data":{"type":"licenses","id":"lic-1"}}}}}""",
            requests[1].BodyText);
        Assert.Empty(requests[2].Body);
    }

    private static void AssertBuiltForBothFrameworksFromTheConsumersDeclarationsOnly(ConsumerWorkspace consumer, CommandResult build)
    {
        // License, LicenseStatus and LicensesClient come from the package's assembly: nothing built in is emitted again.
        Assert.Equal(
            [
                "Clients.InvoicesClient.g.cs",
                "Clients.LicensesClientExtensions.g.cs",
                "KeygenClient.GroupExtensions.g.cs",
                "Models.Invoice.g.cs",
                "Requests.CreateInvoiceRequest.g.cs",
                "Requests.TransferSeatRequest.g.cs",
            ],
            consumer.GeneratedFiles("Billing"));
        Assert.All(new[] { "net8.0", "net10.0" }, framework =>
        {
            Assert.True(File.Exists(consumer.PathOf("Billing", "bin", "Debug", framework, "Billing.dll")), $"No {framework} build.\n{build}");
            // The SDK's schema was handed to the generator as reference files, because the project has a schema file.
            Assert.Contains("KeygenSchemaRole = Reference", consumer.AnalyzerConfig("Billing", framework), StringComparison.Ordinal);
        });
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nbut the server received {actual}");
}

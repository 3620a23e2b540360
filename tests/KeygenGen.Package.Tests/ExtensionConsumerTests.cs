using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>
/// Consumer/Billing: a user's project extends the SDK with billing.keygen.json and calls its new methods, between
/// built-in ones, against the Keygen emulator (plus the user's own endpoints) over real HTTP.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed partial class ExtensionConsumerTests(PackagesFixture packages)
{
    [Fact]
    public async Task The_extension_methods_and_built_in_methods_reach_the_server_and_return_typed_results()
    {
        var consumer = packages.CopyConsumers("billing");
        var build = await consumer.BuildAsync("Billing");
        Assert.True(build.Succeeded, build.ToString());
        AssertBuiltForBothFrameworksFromTheConsumersDeclarationsOnly(consumer, build);

        await using var server = await BillingServer.StartAsync();
        var run = await consumer.RunAsync("Billing", new Dictionary<string, string>
        {
            ["KEYGEN_BASE_URL"] = server.BaseUrl.ToString(),
            ["KEYGEN_ACCOUNT"] = server.Account,
            ["KEYGEN_TOKEN"] = server.Token,
        });

        Assert.True(run.Succeeded, run.ToString());
        var printed = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var license = CreatedLine().Match(printed[0]) is { Success: true } created ? created.Groups["id"].Value : throw new Xunit.Sdk.XunitException(run.ToString());
        Assert.Equal(
            [
                $"created: {license} Studio seat",
                $"transfer-seat: {license} Studio seat status=ACTIVE",
                $"invoice: inv-1 4200 EUR license={license}",
                $"get: {license} Studio seat uses=0",
            ],
            printed);

        var requests = server.Requests;
        var account = $"/v1/accounts/{server.Account}";
        Assert.Equal(
            [
                $"POST {account}/products",
                $"POST {account}/policies",
                $"POST {account}/licenses",
                $"POST {account}/licenses/{license}/actions/transfer-seat",
                $"POST {account}/invoices",
                $"GET {account}/licenses/{license}",
            ],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(requests, r => Assert.Equal($"Bearer {server.Token}", r.Authorization));
        AssertJson("""{"meta":{"target":"seat-pool"}}""", requests[3].Body);
        AssertJson(
            """{"data":{"type":"invoices","attributes":{"total":4200,"currency":"EUR"},"relationships":{"license":{"data":{"type":"licenses","id":"LICENSE"}}}}}"""
                .Replace("LICENSE", license, StringComparison.Ordinal),
            requests[4].Body);
    }

    private static void AssertBuiltForBothFrameworksFromTheConsumersDeclarationsOnly(ConsumerWorkspace consumer, CommandResult build)
    {
        Assert.Equal(BillingSchemaOutput.GeneratedFiles, consumer.GeneratedFiles("Billing"));
        Assert.All(new[] { "net8.0", "net10.0" }, framework =>
        {
            Assert.True(File.Exists(consumer.PathOf("Billing", "bin", "Debug", framework, "Billing.dll")), $"No {framework} build.\n{build}");
            // The SDK's schema was handed to the generator as reference files, because the project has a schema file.
            Assert.Contains("KeygenSchemaRole = Reference", consumer.AnalyzerConfig("Billing", framework), StringComparison.Ordinal);
        });
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nbut the server received {actual}");

    [GeneratedRegex("^created: (?<id>[^ ]+) Studio seat$")]
    private static partial Regex CreatedLine();
}

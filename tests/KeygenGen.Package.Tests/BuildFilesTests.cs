using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>What the package's buildTransitive props and targets set in a consumer's project, read by evaluating it.</summary>
[Collection(PackagesCollection.Name)]
public sealed class BuildFilesTests(PackagesFixture packages)
{
    [Fact]
    public async Task Schema_files_are_found_by_the_default_glob_outside_bin_and_obj_and_the_glob_can_be_changed_or_turned_off()
    {
        var consumer = packages.CopyConsumers("build-files");
        Write(consumer.PathOf("Plain", "schemas", "billing.keygen.json"));
        Write(consumer.PathOf("Plain", "extra", "crm.json"));
        Write(consumer.PathOf("Plain", "obj", "stale.keygen.json"));
        Write(consumer.PathOf("Plain", "bin", "Debug", "copied.keygen.json"));
        var restore = await consumer.RestoreAsync("Plain");
        Assert.True(restore.Succeeded, restore.ToString());

        Assert.Equal(["schemas/billing.keygen.json"], await SchemaItemsAsync(consumer));
        Assert.Equal(["extra/crm.json"], await SchemaItemsAsync(consumer, "-p:KeygenSchemaInclude=extra/*.json"));
        Assert.Empty(await SchemaItemsAsync(consumer, "-p:EnableDefaultKeygenSchemaItems=false"));
    }

    [Fact]
    public async Task A_generator_that_fails_to_load_or_run_fails_the_consumer_s_build()
    {
        var consumer = packages.CopyConsumers("warnings");
        var restore = await consumer.RestoreAsync("Plain");
        Assert.True(restore.Succeeded, restore.ToString());

        var evaluation = await consumer.EvaluateAsync("Plain", "-getProperty:WarningsAsErrors");

        Assert.True(evaluation.Succeeded, evaluation.ToString());
        var promoted = evaluation.Output.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(new[] { "CS8032", "CS8784", "CS8785", "CS9057" }, id => Assert.Contains(id, promoted));
    }

    /// <summary>The AdditionalFiles items marked as schema files, relative to the project, with forward slashes.</summary>
    private static async Task<string[]> SchemaItemsAsync(ConsumerWorkspace consumer, params string[] options)
    {
        var evaluation = await consumer.EvaluateAsync("Plain", ["-getItem:AdditionalFiles", .. options]);
        Assert.True(evaluation.Succeeded, evaluation.ToString());
        var items = JsonNode.Parse(evaluation.Output)!["Items"]?["AdditionalFiles"]?.AsArray() ?? [];
        return items
            .Where(item => (string?)item!["KeygenSchema"] == "true")
            .Select(item => ((string)item!["Identity"]!).Replace('\\', '/'))
            .ToArray();
    }

    private static void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
    }
}

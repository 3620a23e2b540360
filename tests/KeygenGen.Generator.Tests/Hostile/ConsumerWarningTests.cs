using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KeygenGen.Generator.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Generator.Tests.Hostile;

/// <summary>
/// Valid schema files give zero warnings in a user's project with TreatWarningsAsErrors, Nullable and
/// GenerateDocumentationFile on: a warning there fails the user's build.
/// </summary>
public partial class ConsumerWarningTests
{
    /// <summary>The README's own example: an extension method on a built-in group and a new group.</summary>
    [Fact]
    public void The_readme_billing_example_compiles_without_warnings_with_documentation_checked()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme.Substring(readme.IndexOf("## Extending the SDK", System.StringComparison.Ordinal));
        var schema = JsonBlock().Match(section).Groups["json"].Value;
        var usage = CSharpBlock().Match(section).Groups["code"].Value;
        Assert.Contains("licenses.transferSeat", schema);
        Assert.Contains("TransferSeatAsync", usage);

        var build = ConsumerBuild.Run("billing.keygen.json", schema, $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Keygen;

            /// <summary>The README's usage, as a user would write it.</summary>
            public static class Usage
            {
                /// <summary>Runs it.</summary>
                /// <param name="keygen">The client.</param>
                /// <param name="licenseId">A license.</param>
                /// <param name="otherId">Another license.</param>
                /// <param name="invoiceId">An invoice.</param>
                /// <param name="ct">Cancels.</param>
                /// <returns>The invoice's license.</returns>
                public static async Task<string?> RunAsync(KeygenClient keygen, string licenseId, string otherId, string invoiceId, CancellationToken ct)
                {
                    {{usage}}
                    return moved.Id + invoice.LicenseId;
                }
            }
            """);

        Assert.Empty(build.GeneratorDiagnostics);
        Assert.True(build.CompileProblems.Count == 0, ConsumerBuildResult.Describe(build.CompileProblems));
    }

    [Fact]
    public void Deprecated_attributes_and_operations_compile_without_warnings()
    {
        var build = ConsumerBuild.Run("gadgets.keygen.json", """
            {
              "resources": {
                "Gadget": { "type": "gadgets", "attributes": {
                  "size": { "type": "integer", "nullable": true, "create": "optional", "update": true, "deprecated": "Use dimensions." },
                  "label": { "type": "string", "deprecated": "Use name." },
                  "dimensions": { "type": "integer[]", "create": "optional" } } }
              },
              "operations": [
                { "id": "gadgets.list", "method": "GET", "path": "/gadgets", "summary": "Lists gadgets.", "paging": true,
                  "deprecated": "Use gadgets.search.", "response": { "kind": "list", "resource": "Gadget" } },
                { "id": "gadgets.update", "method": "PATCH", "path": "/gadgets/{id}", "summary": "Updates a gadget.",
                  "pathParameters": { "id": {} }, "body": { "mode": "update", "resource": "Gadget" }, "response": { "resource": "Gadget" } },
                { "id": "licenses.gadget", "method": "GET", "path": "/licenses/{id}/gadget", "summary": "A license's gadget.",
                  "pathParameters": { "id": {} }, "deprecated": "Gone soon.", "response": { "resource": "Gadget" } }
              ]
            }
            """);

        Assert.Empty(build.GeneratorDiagnostics);
        Assert.True(build.CompileProblems.Count == 0, ConsumerBuildResult.Describe(build.CompileProblems));
    }

    [GeneratedRegex("```json\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

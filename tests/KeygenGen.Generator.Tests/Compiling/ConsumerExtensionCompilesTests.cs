using System;
using System.IO;
using System.Linq;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KeygenGen.Generator.Tests.Compiling;

/// <summary>
/// A consumer's build as the package sets it up: the SDK's schema passed as reference files, the consumer's own
/// schema entry using built-in types, compiled against the real KeygenGen.dll. Nothing built in is emitted again,
/// and the consumer's code calls its new methods as if they were built in.
/// </summary>
public sealed class ConsumerExtensionCompilesTests
{
    private const string ConsumerSchema = """
        {
          "resources": {
            "Invoice": {
              "type": "invoices",
              "summary": "An invoice of the consumer's billing system.",
              "attributes": { "total": { "type": "int64", "create": "required" }, "status": { "type": "LicenseStatus" } },
              "relationships": { "license": { "to": "License", "create": "required" } }
            }
          },
          "operations": [
            { "id": "licenses.transferSeat", "method": "POST", "path": "/licenses/{id}/actions/transfer-seat",
              "summary": "Moves a seat to another license.", "pathParameters": { "id": {} },
              "body": { "mode": "meta", "meta": { "target": { "type": "string", "required": true } } },
              "response": { "resource": "License" }, "requestName": "TransferSeatRequest" },
            { "id": "invoices.get", "method": "GET", "path": "/invoices/{id}", "summary": "Retrieves an invoice.",
              "pathParameters": { "id": {} }, "response": { "resource": "Invoice" } }
          ]
        }
        """;

    private const string ConsumerCode = """
        using System.Threading.Tasks;
        using Keygen;

        namespace Consumer;

        public static class Usage
        {
            public static async Task<string?> RunAsync(KeygenClient keygen)
            {
                License license = await keygen.Licenses.TransferSeatAsync("lic", new TransferSeatRequest { Target = "other" });
                Invoice invoice = await keygen.Invoices().GetAsync("inv");
                return license.Id + invoice.LicenseId + invoice.Status.Value;
            }
        }
        """;

    [Fact]
    public void A_consumer_schema_entry_compiles_against_the_real_package_assembly_with_zero_warnings()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => Path.GetFileName(path) is "KeygenGen.dll" || Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
                .Select(path => MetadataReference.CreateFromFile(path)))
            .ToList();
        var compilation = GeneratorHarness.CreateCompilation([CSharpSyntaxTree.ParseText(ConsumerCode, GeneratorHarness.ParseOptions)], references)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        var consumerSchema = new InMemoryAdditionalText("/consumer/billing.keygen.json", ConsumerSchema);
        GeneratorHarness.CreateDriver([consumerSchema], referenceFiles: GeneratorHarness.RepositorySchemaFiles())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var generated = output.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains("Models.Invoice.g.cs", generated);
        Assert.DoesNotContain("Models.License.g.cs", generated);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}

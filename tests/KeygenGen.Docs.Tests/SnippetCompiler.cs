using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KeygenGen.Generator;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Docs.Tests;

/// <summary>
/// Compiles a documentation C# block as the body of an async method (or, when it declares types, as members of a namespace)
/// against the real KeygenGen, KeygenGen.Emulator, dependency-injection and ASP.NET Core assemblies. The names examples use without declaring
/// them (<c>ct</c>, <c>keygen</c>, <c>id</c>, …) are fields of the enclosing class, so a block that declares one of them itself
/// shadows it; <c>using</c> directives in the block go to the top. A block that calls a user's own schema entries is compiled
/// with the generator run over them.
/// </summary>
internal static partial class SnippetCompiler
{
    private const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Keygen;
        using Keygen.Emulator;
        using Keygen.Http;
        using Keygen.Licensing;
        using Keygen.Serialization;
        using Keygen.Signatures;
        using Keygen.Webhooks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        """;

    private const string Givens = """
            // What the examples take as given.
            private static readonly CancellationToken ct = default;
            private static readonly string adminToken = "", key = "", fingerprint = "", accountEd25519Key = "", id = "", email = "",
                password = "", licenseId = "", otherId = "", invoiceId = "", policyId = "", releaseId = "", licenseKey = "";
            private static readonly KeygenClient keygen = null!;
            private static readonly KeygenLicensing licensing = null!;
            private static readonly IServiceCollection services = null!;
            private static readonly KeygenClientOptions options = null!;
            private static readonly IHttpClientFactory httpClientFactory = null!;
            private static readonly Microsoft.AspNetCore.Builder.WebApplication app = null!;
            private static readonly string accountRsaPublicKeyPem = "", proofFromTheCustomer = "", currentVersion = "";
            private static readonly Product product = null!;
            private static readonly IProgress<Keygen.Distribution.KeygenTransferProgress> progress = null!;
            private static readonly Mailer mailer = new();
            private static Task Sync(IReadOnlyList<LicenseEntitlement> entitlements, CancellationToken cancellationToken) => Task.CompletedTask;
            internal sealed class Mailer { public Task SendKeyAsync(License license, CancellationToken cancellationToken) => Task.CompletedTask; }
        """;

    /// <summary>The errors and warnings of compiling <paramref name="block"/>, each naming the block's line.</summary>
    /// <param name="block">The C# block.</param>
    /// <param name="file">The Markdown file, for messages.</param>
    /// <param name="schemaEntry">A user schema entry the block relies on, run through the generator; null when none.</param>
    public static IReadOnlyList<string> Problems(MarkdownCodeBlock block, string file, string? schemaEntry)
    {
        var directives = new StringBuilder();
        var statements = new StringBuilder();
        foreach (string line in block.Code.Split('\n'))
        {
            (UsingDirective().IsMatch(line) ? directives : statements).Append(line).Append('\n');
        }

        bool declaresTypes = TypeDeclaration().IsMatch(block.Code);
        string types = declaresTypes ? $"#line {block.Line} \"{file}\"\n{statements}#line default\n" : string.Empty;
        string body = declaresTypes ? string.Empty : statements.ToString();
        string source = Prelude + directives + $$"""
            namespace Readme;

            {{types}}

            internal static class Block
            {
            {{Givens}}

                public static async Task RunAsync()
                {
            #line {{block.Line}} "{{file}}"
            {{body}}
            #line default
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Readme",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(Quiet.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress))));
        if (schemaEntry is not null)
        {
            CSharpGeneratorDriver.Create(
                    [new KeygenClientGenerator().AsSourceGenerator()],
                    [new InMemoryAdditionalText("/readme/entry.keygen.json", schemaEntry), .. SdkSchema()],
                    new CSharpParseOptions(LanguageVersion.Latest),
                    new SchemaMetadataOptionsProvider(SdkSchema().Select(f => f.Path).ToHashSet(StringComparer.Ordinal)))
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
            compilation = (CSharpCompilation)generated;
        }

        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.Location.GetMappedLineSpan().Path}:{d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}")
            .ToList();
    }

    /// <summary>Unused givens, an example without <c>await</c>, and a <c>using</c> the prelude has too are not mistakes in the example.</summary>
    private static readonly string[] Quiet = ["CS0105", "CS1998", "CS0414", "CS0169", "CS0219", "CS8321", "CS1701", "CS1702"];

    private static ImmutableArray<AdditionalText> SdkSchema() =>
        [.. Directory.GetFiles(Repository.PathOf("schema"), "*.json")
            .Where(path => Path.GetFileName(path) != "keygen.schema.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))];

    private static IEnumerable<MetadataReference> References() =>
        Basic.Reference.Assemblies.Net100.References.All.Concat(
            Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => Path.GetFileName(path) is "KeygenGen.dll" or "KeygenGen.Emulator.dll" or "KeygenGen.Extensions.DependencyInjection.dll" or "KeygenGen.AspNetCore.dll"
                    || Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
                // ASP.NET Core is a shared framework, not copied beside the tests: its assemblies are read where they run from.
                .Concat(Directory.GetFiles(Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!, "Microsoft.AspNetCore*.dll"))
                .Select(path => MetadataReference.CreateFromFile(path)));

    [GeneratedRegex(@"^using [A-Za-z][A-Za-z0-9.]*;\s*$")]
    private static partial Regex UsingDirective();

    /// <summary>A type declared at the start of a line: the block is declarations, not statements.</summary>
    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|partial)\s+)*(?:class|record|struct|interface)\s", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}

using System.Text;
using KeygenGen.Generator.Emitting;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator;

/// <summary>
/// Reads the endpoint schema files and emits models, requests and clients. Pipeline wiring only: parsing lives in
/// Parsing/, the model in Model/, every decision about the generated code in Planning/, the C# text in Emitting/.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KeygenClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var schemaFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SchemaFileFilter.IsSchemaFile(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, ct) => new SchemaFileText(
                pair.Left.Path,
                pair.Left.GetText(ct)?.ToString(),
                SchemaFileFilter.IsReferenceFile(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsedFiles = schemaFiles
            .Select(static (file, ct) => SchemaParser.Parse(file.Path, file.Text, ct) with { IsReference = file.IsReference })
            .WithTrackingName(TrackingNames.ParsedFiles);

        var bound = parsedFiles
            .Collect()
            .Select(static (files, ct) => SchemaBinder.Bind(files, ct))
            .WithTrackingName(TrackingNames.BoundApi);

        var spec = bound.Select(static (api, _) => api.Spec).WithTrackingName(TrackingNames.Spec);
        var diagnostics = bound.Select(static (api, _) => api.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        var plan = spec.Select(static (api, ct) => Planner.Plan(api, ct)).WithTrackingName(TrackingNames.Plan);

        // One output per file: a file whose plan is equal to the last run's is not written again.
        var files = plan.SelectMany(static (api, _) => api.Files).WithTrackingName(TrackingNames.Files);

        context.RegisterSourceOutput(files, static (production, file)
            => production.AddSource(file.HintName, SourceText.From(Emitter.Emit(file), Encoding.UTF8)));

        context.RegisterSourceOutput(diagnostics, static (production, found) =>
        {
            foreach (var diagnostic in found)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}

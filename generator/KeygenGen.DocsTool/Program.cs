using System;
using System.IO;
using System.Linq;
using System.Threading;
using KeygenGen.DocsTool;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Planning;

// Usage: dotnet run --project generator/KeygenGen.DocsTool [-- <repository root>]
// Writes docs/api.md and docs/openapi.json from schema/*.json. Exit code 0 on success; 1 when the schema has errors
// (the docs are still written from the valid part, and each error is printed as the compiler would show it);
// 2 when the tool cannot run (no repository root, unreadable file).
try
{
    if (args.Length > 1)
    {
        throw new DocsToolException("Usage: KeygenGen.DocsTool [<repository root>]");
    }

    var root = RepositoryRoot.Resolve(args.FirstOrDefault(), Directory.GetCurrentDirectory());
    var bound = SchemaLoader.Load(root, CancellationToken.None);
    var files = DocsFiles.Generate(bound.Spec);
    DocsFiles.Write(files, root);
    foreach (var file in files)
    {
        Console.WriteLine("wrote " + file.RelativePath);
    }

    var diagnostics = bound.WithNameConflicts(Planner.Plan(bound.Spec, CancellationToken.None).NameConflicts);
    foreach (var diagnostic in diagnostics)
    {
        Console.Error.WriteLine(diagnostic.ToDiagnostic().ToString());
    }

    Console.WriteLine($"{bound.Spec.Operations.Count} operations, {bound.Spec.Resources.Count} resource types, {bound.Spec.Unions.Count} unions, "
        + $"{bound.Spec.Enums.Count} enums, {bound.Spec.Objects.Count} objects; {diagnostics.Count} schema errors.");
    return diagnostics.Count == 0 ? 0 : 1;
}
catch (DocsToolException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

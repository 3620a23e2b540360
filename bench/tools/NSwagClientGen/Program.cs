using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwagClientGen;

// Usage: NSwagClientGen <openapi.json> <output.cs> <path>...
// Keeps only the given paths (the benchmarked operations) and the schemas they use, so the committed client stays
// small; the other operations would not change what one call costs.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: NSwagClientGen <openapi.json> <output.cs> <path>...");
    return 2;
}

JsonObject json = JsonNode.Parse(await File.ReadAllTextAsync(args[0]))!.AsObject();
IReadOnlyList<string> missing = OpenApiSubset.Keep(json, args[2..]);
if (missing.Count > 0)
{
    Console.Error.WriteLine("Not in the document: " + string.Join(", ", missing));
    return 1;
}

int dropped = NSwagWorkarounds.RemoveFreeFormDeepObjectQueries(json);
int stringEnums = NSwagWorkarounds.TypeNonIdentifierEnumsAsStrings(json);
OpenApiDocument document = await OpenApiDocument.FromJsonAsync(json.ToJsonString(), args[0]);
var settings = new CSharpClientGeneratorSettings
{
    ClassName = "KeygenNSwagClient",
    GenerateClientInterfaces = false,
    UseBaseUrl = false,
    InjectHttpClient = true,
    DisposeHttpClient = false,
    CSharpGeneratorSettings =
    {
        Namespace = "KeygenGen.Benchmarks.Peers.NSwag",
        JsonLibrary = CSharpJsonLibrary.SystemTextJson,
        GenerateNullableReferenceTypes = true,
        GenerateOptionalPropertiesAsNullable = true,
    },
};
string code = new CSharpClientGenerator(document, settings).GenerateFile();
await File.WriteAllTextAsync(args[1], code);
Console.WriteLine($"Wrote {args[1]} ({code.Length} chars) for {args.Length - 2} paths; dropped {dropped} free-form deepObject query parameters, typed {stringEnums} enums as strings.");
return 0;

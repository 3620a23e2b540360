using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.DocsTool;

/// <summary>A generated file: its repository-relative path ('/' separators) and its text.</summary>
internal sealed record GeneratedFile(string RelativePath, string Text);

/// <summary>The generated docs: which files there are, how they are made and written.</summary>
internal static class DocsFiles
{
    public const string RegenerateCommand = "dotnet run --project generator/KeygenGen.DocsTool";
    public const string ApiMarkdownPath = "docs/api.md";
    public const string OpenApiPath = "docs/openapi.json";

    /// <summary>Both files, from the spec and from the generator's plan of it (the same plan the generated code is written from).</summary>
    public static IReadOnlyList<GeneratedFile> Generate(ApiSpec spec)
    {
        var plan = Planner.Plan(spec, CancellationToken.None);
        return
        [
            new(ApiMarkdownPath, ApiMarkdown.Write(spec, plan)),
            new(OpenApiPath, OpenApiJson.Write(spec, plan)),
        ];
    }

    /// <summary>Writes the files under <paramref name="outputRoot"/> as UTF-8 without a byte order mark.</summary>
    public static void Write(IEnumerable<GeneratedFile> files, string outputRoot)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(outputRoot, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}

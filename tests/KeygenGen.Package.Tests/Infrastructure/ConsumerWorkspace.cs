using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>
/// A copy of tests/KeygenGen.Package.Tests/Consumer in a temporary folder, built against the packed version: outside
/// the repository, so nothing of the repository's MSBuild settings reaches it.
/// </summary>
internal sealed class ConsumerWorkspace
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);
    private static readonly string[] BuildOutputs = ["bin", "obj", "feed"];

    private readonly string _packageVersion;

    private ConsumerWorkspace(string root, string packageVersion)
    {
        Root = root;
        _packageVersion = packageVersion;
    }

    public string Root { get; }

    public static ConsumerWorkspace Create(string root, string packageVersion)
    {
        Copy(new DirectoryInfo(Repository.PathOf("tests", "KeygenGen.Package.Tests", "Consumer")), root);
        return new ConsumerWorkspace(root, packageVersion);
    }

    /// <summary>The full path of a file of the copy, e.g. <c>("Billing", "billing.keygen.json")</c>.</summary>
    public string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary><c>dotnet build</c> of one consumer project (restoring it from the feed).</summary>
    public Task<CommandResult> BuildAsync(string project) =>
        DotNetCli.RunAsync(PathOf(project), BuildTimeout, ["build", $"-p:KeygenGenVersion={_packageVersion}", "-tl:off", "-nologo"]);

    /// <summary><c>dotnet restore</c> of one consumer project, which imports the package's build files into it.</summary>
    public Task<CommandResult> RestoreAsync(string project) =>
        DotNetCli.RunAsync(PathOf(project), BuildTimeout, ["restore", $"-p:KeygenGenVersion={_packageVersion}", "-tl:off", "-nologo"]);

    /// <summary>
    /// Evaluates a restored consumer project (no build) and returns MSBuild's JSON answer for the asked properties and
    /// items, e.g. <c>["-getProperty:WarningsAsErrors", "-getItem:AdditionalFiles", "-p:Name=value"]</c>.
    /// </summary>
    public Task<CommandResult> EvaluateAsync(string project, params string[] options) =>
        DotNetCli.RunAsync(PathOf(project), BuildTimeout, ["msbuild", $"-p:KeygenGenVersion={_packageVersion}", "-nologo", .. options]);

    /// <summary>Runs a built consumer program (its net10.0 build) with the given environment.</summary>
    public Task<CommandResult> RunAsync(string project, IReadOnlyDictionary<string, string> environment) =>
        DotNetCli.RunAsync(PathOf(project), RunTimeout, [PathOf(project, "bin", "Debug", "net10.0", project + ".dll")], environment);

    /// <summary>Builds a consumer program, then runs it without settings; a failed build fails with its output.</summary>
    public async Task<CommandResult> BuildAndRunAsync(string project)
    {
        var build = await BuildAsync(project);
        return build.Succeeded
            ? await RunAsync(project, new Dictionary<string, string>())
            : throw new InvalidOperationException($"Building {project} failed. {build}");
    }

    /// <summary>The names of the files KeygenGen's generator added to a built project (any target framework).</summary>
    public IReadOnlyList<string> GeneratedFiles(string project)
    {
        var obj = PathOf(project, "obj");
        return Directory.GetDirectories(obj, "KeygenGen.Generator", SearchOption.AllDirectories)
            .Where(directory => Path.GetFileName(Path.GetDirectoryName(directory)) == "generated")
            .SelectMany(directory => Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
            .Select(Path.GetFileName)
            .Select(name => name!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The compiler's view of the AdditionalFiles metadata (what the generator was handed), per target framework.</summary>
    public string AnalyzerConfig(string project, string targetFramework) =>
        File.ReadAllText(PathOf(project, "obj", "Debug", targetFramework, project + ".GeneratedMSBuildEditorConfig.editorconfig"));

    private static void Copy(DirectoryInfo source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in source.GetFiles())
        {
            file.CopyTo(Path.Combine(destination, file.Name));
        }

        foreach (var directory in source.GetDirectories().Where(d => !BuildOutputs.Contains(d.Name, StringComparer.OrdinalIgnoreCase)))
        {
            Copy(directory, Path.Combine(destination, directory.Name));
        }
    }
}

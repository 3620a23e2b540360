using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>What <c>dotnet pack</c> put into the SDK and DI packages, and what it left out (the emulator's: EmulatorPackageTests).</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentsTests(PackagesFixture packages)
{
    private static readonly string[] Frameworks = ["net8.0", "net10.0"];

    [Fact]
    public void KeygenGen_holds_the_library_for_both_frameworks_and_the_generator_only_as_an_analyzer()
    {
        var files = packages.Keygen.Files;
        Assert.Equal(
            ["analyzers/dotnet/cs/KeygenGen.Generator.dll", "lib/net10.0/KeygenGen.dll", "lib/net8.0/KeygenGen.dll"],
            files.Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(Frameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.xml", files));
        Assert.Contains("buildTransitive/KeygenGen.props", files);
        Assert.Contains("buildTransitive/KeygenGen.targets", files);
    }

    [Fact]
    public void KeygenGen_ships_the_schema_it_was_generated_from()
    {
        // The schema files, and the JSON Schema of their format (in format/) that their "$schema" names.
        var schema = Repository.PathOf("schema");
        var inRepository = Directory.GetFiles(schema, "*.json", SearchOption.AllDirectories)
            .Select(path => "schema/" + Path.GetRelativePath(schema, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var inPackage = packages.Keygen.Files.Where(f => f.StartsWith("schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(inRepository, inPackage);
    }

    [Fact]
    public void Both_packages_carry_the_version_from_Directory_Build_props_a_readme_and_the_repository()
    {
        var prefix = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        foreach (var package in new[] { packages.Keygen, packages.DependencyInjection })
        {
            Assert.Equal($"{prefix}-{packages.VersionSuffix}", package.Version);
            Assert.Equal("README.md", package.Value("readme"));
            Assert.Contains("README.md", package.Files);
            Assert.Equal("MIT", package.Value("license"));
            Assert.StartsWith("https://github.com/", (string?)package.Metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url"));
        }
    }

    [Fact]
    public void KeygenGen_depends_on_neither_the_generator_nor_Roslyn()
    {
        var dependencies = packages.Keygen.Dependencies;
        Assert.Equal(Frameworks.Order(), dependencies.Keys.Order());
        Assert.All(dependencies.Values.SelectMany(d => d), d => Assert.DoesNotContain("CodeAnalysis", d.Id, StringComparison.Ordinal));
        Assert.All(dependencies.Values.SelectMany(d => d), d => Assert.DoesNotContain("Generator", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_DI_package_targets_both_frameworks_and_depends_on_this_very_KeygenGen()
    {
        var package = packages.DependencyInjection;
        Assert.All(Frameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.Extensions.DependencyInjection.dll", package.Files));
        Assert.Equal(Frameworks.Order(), package.Dependencies.Keys.Order());
        Assert.All(package.Dependencies.Values, group => Assert.Contains(("KeygenGen", packages.Keygen.Version), group));
        // Nothing of KeygenGen is held back: its users get the generator and the build files too.
        Assert.All(
            package.Metadata.Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "KeygenGen"),
            dependency => Assert.Null(dependency.Attribute("exclude")));
    }

    [Fact]
    public void Each_package_has_a_symbol_package_with_the_pdbs_of_both_frameworks()
    {
        foreach (var package in new[] { packages.Keygen, packages.DependencyInjection })
        {
            using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package.PathOnDisk, ".snupkg"));
            var pdbs = symbols.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".pdb", StringComparison.Ordinal));
            Assert.Equal(Frameworks.Select(f => $"lib/{f}/{package.Id}.pdb").Order(StringComparer.Ordinal), pdbs.Order(StringComparer.Ordinal));
        }
    }
}

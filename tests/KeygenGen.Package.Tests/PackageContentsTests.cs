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
    /// <summary>The SDK's targets: .NET Standard 2.0 (Unity, Xamarin), .NET Framework 4.6.2+ and modern .NET.</summary>
    private static readonly string[] Frameworks = ["netstandard2.0", "net462", "net8.0", "net10.0"];

    /// <summary>The DI package's: Microsoft's resilience packages under it do not support .NET Framework.</summary>
    private static readonly string[] DependencyInjectionFrameworks = ["netstandard2.0", "net8.0", "net10.0"];

    [Fact]
    public void KeygenGen_holds_the_library_for_every_framework_and_the_generator_only_as_an_analyzer()
    {
        var files = packages.Keygen.Files;
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/KeygenGen.Generator.dll" }.Concat(Frameworks.Select(f => $"lib/{f}/KeygenGen.dll")).Order(StringComparer.Ordinal),
            files.Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(Frameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.xml", files));
        Assert.Contains("buildTransitive/KeygenGen.props", files);
        Assert.Contains("buildTransitive/KeygenGen.targets", files);
        Assert.Contains("buildTransitive/KeygenGen.LanguageSupport.cs", files);
    }

    [Fact]
    public void Only_the_old_frameworks_depend_on_the_back_ports_and_the_modern_ones_keep_the_platform()
    {
        var dependencies = packages.Keygen.Dependencies;
        foreach (var framework in new[] { "netstandard2.0", "net462" })
        {
            var ids = dependencies[NuspecFramework(framework)].Select(d => d.Id).ToList();
            Assert.All(["System.Text.Json", "Microsoft.Bcl.AsyncInterfaces", "Microsoft.Bcl.TimeProvider", "BouncyCastle.Cryptography"], id => Assert.Contains(id, ids));
            // Source-only polyfills never reach consumers.
            Assert.DoesNotContain(ids, id => id.StartsWith("Poly", StringComparison.Ordinal));
        }

        Assert.All(["net8.0", "net10.0"], framework =>
            Assert.DoesNotContain(dependencies[NuspecFramework(framework)], d => d.Id is "System.Text.Json" or "Microsoft.Bcl.AsyncInterfaces" or "Microsoft.Bcl.TimeProvider"));
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
        Assert.Equal(Frameworks.Select(NuspecFramework).Order(), dependencies.Keys.Order());
        Assert.All(dependencies.Values.SelectMany(d => d), d => Assert.DoesNotContain("CodeAnalysis", d.Id, StringComparison.Ordinal));
        Assert.All(dependencies.Values.SelectMany(d => d), d => Assert.DoesNotContain("Generator", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_DI_package_targets_its_frameworks_and_depends_on_this_very_KeygenGen()
    {
        var package = packages.DependencyInjection;
        Assert.All(DependencyInjectionFrameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.Extensions.DependencyInjection.dll", package.Files));
        Assert.Equal(DependencyInjectionFrameworks.Select(NuspecFramework).Order(), package.Dependencies.Keys.Order());
        Assert.All(package.Dependencies.Values, group => Assert.Contains(("KeygenGen", packages.Keygen.Version), group));
        // Nothing of KeygenGen is held back: its users get the generator and the build files too.
        Assert.All(
            package.Metadata.Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "KeygenGen"),
            dependency => Assert.Null(dependency.Attribute("exclude")));
    }

    [Fact]
    public void Each_package_has_a_symbol_package_with_the_pdbs_of_every_framework()
    {
        foreach (var (package, frameworks) in new[] { (packages.Keygen, Frameworks), (packages.DependencyInjection, DependencyInjectionFrameworks) })
        {
            using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package.PathOnDisk, ".snupkg"));
            var pdbs = symbols.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".pdb", StringComparison.Ordinal));
            Assert.Equal(frameworks.Select(f => $"lib/{f}/{package.Id}.pdb").Order(StringComparer.Ordinal), pdbs.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>How a nuspec names a framework in its dependency groups: short names from .NET 5 on, long ones before.</summary>
    private static string NuspecFramework(string framework) => framework switch
    {
        "netstandard2.0" => ".NETStandard2.0",
        "net462" => ".NETFramework4.6.2",
        _ => framework,
    };
}

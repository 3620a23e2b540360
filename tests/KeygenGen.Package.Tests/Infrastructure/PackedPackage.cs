using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>A .nupkg as it was written to the feed: its nuspec and the paths of the files it holds.</summary>
internal sealed class PackedPackage
{
    private PackedPackage(string path, XElement metadata, IReadOnlyList<string> files)
    {
        PathOnDisk = path;
        Metadata = metadata;
        Files = files;
    }

    public string PathOnDisk { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>Every file path inside the package, with forward slashes.</summary>
    public IReadOnlyList<string> Files { get; }

    public string Id => Value("id");

    public string Version => Value("version");

    /// <summary>The dependencies per target framework, e.g. <c>net8.0 → [BouncyCastle.Cryptography 2.7.0, …]</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Version)>> Dependencies =>
        Metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements()
            .ToDictionary(
                group => (string)group.Attribute("targetFramework")!,
                group => (IReadOnlyList<(string, string)>)group.Elements().Select(d => ((string)d.Attribute("id")!, (string)d.Attribute("version")!)).ToList());

    /// <summary>The shared frameworks the package asks its consumers for (every target framework), e.g. <c>Microsoft.AspNetCore.App</c>.</summary>
    public IReadOnlyList<string> FrameworkReferences =>
        Metadata.Elements().Where(e => e.Name.LocalName == "frameworkReferences").Descendants()
            .Where(e => e.Name.LocalName == "frameworkReference")
            .Select(e => (string)e.Attribute("name")!)
            .Distinct()
            .ToList();

    public string Value(string element) => Metadata.Elements().Single(e => e.Name.LocalName == element).Value;

    public static PackedPackage Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var files = archive.Entries.Select(e => e.FullName).ToList();
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new PackedPackage(path, metadata, files);
    }

    /// <summary>The package with this id among the .nupkg files of <paramref name="feed"/> (symbol packages aside).</summary>
    public static PackedPackage Find(string feed, string id) =>
        Directory.GetFiles(feed, "*.nupkg").Select(Read).SingleOrDefault(p => p.Id == id)
        ?? throw new InvalidOperationException($"No {id} package in {feed}: {string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName))}");
}

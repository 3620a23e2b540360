using Xunit;

namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>Every package test shares one pack (<see cref="PackagesFixture"/>) and runs one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packages";
}

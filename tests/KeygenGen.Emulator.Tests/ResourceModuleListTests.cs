using System;
using System.Linq;
using Keygen.Emulator.Hosting;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// The emulator lists its resource modules by hand so that it publishes as NativeAOT; reflection (fine in a test)
/// catches a module someone wrote but forgot to list.
/// </summary>
public sealed class ResourceModuleListTests
{
    private static readonly Type[] Implemented = typeof(IResourceModule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IResourceModule).IsAssignableFrom(t))
        .ToArray();

    private static readonly Type[] Listed = ResourceModules.All().Select(m => m.GetType()).ToArray();

    [Fact]
    public void EveryResourceModuleIsListed()
    {
        var missing = Implemented.Except(Listed).Select(t => t.FullName).ToArray();

        Assert.True(missing.Length == 0, $"Add to src/KeygenGen.Emulator/Hosting/ResourceModules.cs: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ModulesAreListedOnceInFullNameOrder()
    {
        // The order the reflection-based discovery used, so routes and renderers register as they always did.
        var expected = Listed.Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).Select(t => t.FullName);

        Assert.Equal(expected, Listed.Select(t => t.FullName));
    }
}

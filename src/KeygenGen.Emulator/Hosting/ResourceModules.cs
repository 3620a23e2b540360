using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Emulator.Hosting;

/// <summary>Finds every <see cref="IResourceModule"/> in the emulator assembly.</summary>
internal static class ResourceModules
{
    public static IEnumerable<IResourceModule> Discover() =>
        typeof(IResourceModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IResourceModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IResourceModule)Activator.CreateInstance(t)!);
}

using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Packages;

/// <summary>The <c>engine</c> and <c>package</c> list filters Keygen applies to packages, releases and artifacts (a blank value means none).</summary>
internal static class PackageFilters
{
    public static IEnumerable<Package> FilterEngine(this IEnumerable<Package> rows, ApiRequest request) =>
        request.Query.Scalar("engine") is { } engine ? rows.Where(p => Matches(p.Engine, engine)) : rows;

    /// <summary>Keeps the rows whose package (by id or key; blank: no package) matches <c>?package=</c>, and whose engine matches <c>?engine=</c>.</summary>
    public static IEnumerable<T> FilterPackage<T>(this IEnumerable<T> rows, ApiRequest request, System.Func<T, Package?> package)
    {
        if (request.Query.Scalar("package") is { } wanted)
        {
            rows = rows.Where(row => IsPackage(package(row), wanted));
        }

        return request.Query.Scalar("engine") is { } engine ? rows.Where(row => Matches(package(row)?.Engine, engine)) : rows;
    }

    /// <summary>Whether <paramref name="package"/> is the one named by id or key; a blank name means no package.</summary>
    public static bool IsPackage(Package? package, string wanted) =>
        wanted.Length == 0 ? package is null : package is { } p && (p.Key == wanted || p.Id.ToString() == wanted);

    private static bool Matches(string? engine, string wanted) => wanted.Length == 0 ? engine is null : engine == wanted;
}

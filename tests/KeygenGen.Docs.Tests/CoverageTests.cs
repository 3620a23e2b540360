using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KeygenGen.DocsTool;
using KeygenGen.Generator.Model;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>
/// The schema describes exactly the routes of the coverage target (every route a Keygen client calls): none
/// missing, none extra, except the routes schema/coverage-exceptions.tsv lists with a reason. The target is a copy
/// of shared/reference/coverage-target.tsv in Fixtures/, so the test does not depend on shared/ beside the clone.
/// Routes are compared by method and path shape: parameter names do not matter (<c>{id}</c> is <c>{license_id}</c>).
/// </summary>
public sealed partial class CoverageTests
{
    private const string TargetPath = "tests/KeygenGen.Docs.Tests/Fixtures/coverage-target.tsv";
    private const string ExceptionsPath = "schema/coverage-exceptions.tsv";

    private static readonly ApiSpec s_spec = Repository.ParseSchema().Spec;

    [Fact]
    public void The_target_lists_each_route_once()
    {
        var target = Target();

        Assert.Equal(275, target.Count);
        Assert.Equal(target.Count, target.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_route_of_the_target_is_a_schema_operation_or_a_documented_exception()
    {
        var described = SchemaRoutes().Keys.ToHashSet(StringComparer.Ordinal);
        var excused = Exceptions().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var missing = Target().Where(r => !described.Contains(r.Key) && !excused.Contains(r.Key)).Select(r => r.Display).ToList();

        Assert.True(missing.Count == 0, "Routes missing from the schema:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_schema_operation_is_a_route_of_the_target()
    {
        var target = Target().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var extra = SchemaRoutes().Where(r => !target.Contains(r.Key)).Select(r => $"{r.Value} ({r.Key})").ToList();

        Assert.True(extra.Count == 0, "Schema operations that are not in the coverage target:\n" + string.Join("\n", extra));
    }

    [Fact]
    public void Each_documented_exception_has_a_reason_and_is_a_target_route_the_schema_lacks()
    {
        var target = Target().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var described = SchemaRoutes();

        foreach (var exception in Exceptions())
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Reason), $"{exception.Display} has no reason.");
            Assert.True(target.Contains(exception.Key), $"{exception.Display} is not a route of the coverage target.");
            Assert.False(described.ContainsKey(exception.Key), $"{exception.Display} is described by '{described.GetValueOrDefault(exception.Key)}'; remove the exception.");
        }
    }

    [Theory]
    [InlineData("GET", "/v1/accounts/{account}/licenses/{id}", "GET /v1/accounts/{}/licenses/{}")]
    [InlineData("POST", "/v1/accounts/{account}/releases/{release_id}/constraints", "POST /v1/accounts/{}/releases/{}/constraints")]
    [InlineData("get", "/v1/plans", "GET /v1/plans")]
    public void Routes_compare_by_method_and_path_shape(string method, string path, string key)
        => Assert.Equal(key, Route.KeyOf(method, path));

    /// <summary>Each schema operation's route key, with its id.</summary>
    private static Dictionary<string, string> SchemaRoutes()
        => s_spec.Operations.ToDictionary(o => Route.KeyOf(o.Method.ToString(), SchemaTypes.FullPath(o)), o => o.Id, StringComparer.Ordinal);

    private static List<Route> Target() => ReadTsv(TargetPath, "method\tpath\tcontroller#action\tresource_type\tsummary").ToList();

    private static List<Route> Exceptions() => ReadTsv(ExceptionsPath, "method\tpath\treason").ToList();

    /// <summary>The rows of a tab-separated file whose first line is <paramref name="header"/>: method, path, then a note.</summary>
    private static IEnumerable<Route> ReadTsv(string relativePath, string header)
    {
        var lines = File.ReadAllLines(Repository.PathOf(relativePath));
        Assert.Equal(header, lines.FirstOrDefault());
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var columns = line.Split('\t');
            Assert.True(columns.Length == header.Split('\t').Length, $"{relativePath}: malformed row '{line}'");
            yield return new Route(columns[0], columns[1], columns[^1]);
        }
    }

    /// <param name="Reason">The last column: the summary of a target row, the reason of an exception.</param>
    private sealed partial record Route(string Method, string Path, string Reason)
    {
        public string Key => KeyOf(Method, Path);

        public string Display => $"{Method} {Path}";

        public static string KeyOf(string method, string path) => method.ToUpperInvariant() + " " + Parameter().Replace(path, "{}");

        [GeneratedRegex(@"\{[^}]*\}")]
        private static partial Regex Parameter();
    }
}

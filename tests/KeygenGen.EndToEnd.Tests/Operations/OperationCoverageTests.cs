using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>
/// Every operation of the schema is driven through the SDK against the emulator by some test in this project that names
/// it in [Covers] (and <see cref="EndToEndTest.CoveringAsync"/> checks that test's request and response against the schema).
/// </summary>
public sealed class OperationCoverageTests
{
    /// <summary>Every operation some test's [Covers] names.</summary>
    private static readonly HashSet<string> Covered = typeof(OperationCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .SelectMany(m => m.GetCustomAttribute<CoversAttribute>()?.OperationIds ?? [])
        .ToHashSet();

    [Fact]
    public void Every_schema_operation_is_covered_by_an_end_to_end_test()
    {
        var missing = SchemaOperations.All.Keys.Where(id => !Covered.Contains(id)).Order().ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} of {SchemaOperations.All.Count} operations have no end-to-end test: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_covered_operation_is_in_the_schema() =>
        Assert.All(Covered, id => Assert.Contains(id, SchemaOperations.All.Keys));

    [Fact]
    public void The_schema_declares_every_route_of_the_coverage_target() =>
        Assert.Equal(275, SchemaOperations.All.Count);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Infrastructure;
using KeygenGen.Generator.Tests.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Hostile;

/// <summary>
/// Inputs far larger than any real schema: the generator must finish on them with the right diagnostics. The
/// deadlines are hang guards, minutes above the expected time, not timings.
/// </summary>
public class LargeSchemaTests
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(3);

    /// <summary>
    /// 100,000 objects (about 6 MB), each using the next, the last an unknown type: declared from the head of the
    /// chain, the order that once made the binder quadratic (32,000 took two minutes; 400,000 hours).
    /// </summary>
    [Fact]
    public void A_100k_declaration_reference_chain_ending_in_an_unknown_type_is_bound_with_one_diagnostic()
    {
        const int Count = 100_000;
        var text = new StringBuilder("{ \"objects\": {\n");
        for (var i = 0; i < Count; i++)
        {
            var next = i == Count - 1 ? "Missing" : $"O{i + 1}";
            text.Append($"  \"O{i}\": {{ \"properties\": {{ \"next\": {{ \"type\": \"{next}\" }} }} }}{(i == Count - 1 ? "" : ",")}\n");
        }

        var schema = text.Append("} }").ToString();

        var bound = WithinHangGuard(() => SchemaBinder.Bind([SchemaParser.Parse("/chain.keygen.json", schema, CancellationToken.None)], CancellationToken.None));

        var diagnostic = Assert.Single(bound.Diagnostics);
        Assert.Equal("KGEN0007", diagnostic.Id);
        Assert.Equal(Count, diagnostic.LineSpan.Start.Line);
        Assert.Contains("'Missing' is not a declared", DiagnosticText.Message(diagnostic));
        Assert.Empty(bound.Spec.Objects);
    }

    /// <summary>
    /// The compiler's time grows with the nesting of what it binds; <c>IsKnown</c> was once one pattern
    /// <c>"V0" or "V1" or …</c> nested as deep as there were values (10,000 took minutes to compile). The emitted code
    /// must nest no deeper for 10,000 values than for 10, and compile cleanly.
    /// </summary>
    [Fact]
    public void A_10000_value_enum_nests_no_deeper_than_a_small_one_and_compiles_cleanly()
    {
        var small = EnumSource(10);
        var large = EnumSource(10_000);

        Assert.Equal(Depth(small.Output.SyntaxTrees.Single(IsEnum)), Depth(large.Output.SyntaxTrees.Single(IsEnum)));
        var problems = WithinHangGuard(() => large.CompileProblems);
        Assert.True(problems.Count == 0, ConsumerBuildResult.Describe(problems));

        static bool IsEnum(Microsoft.CodeAnalysis.SyntaxTree tree) => tree.FilePath.EndsWith("Enums.Big.g.cs", StringComparison.Ordinal);
    }

    private static ConsumerBuildResult EnumSource(int values)
    {
        var schema = $"{{ \"enums\": {{ \"Big\": {{ \"values\": [{string.Join(", ", Enumerable.Range(0, values).Select(i => $"\"V{i}\""))}] }} }} }}";
        var build = ConsumerBuild.Run("big.keygen.json", schema);
        Assert.Empty(build.GeneratorDiagnostics);
        return build;
    }

    /// <summary>The deepest nesting of syntax nodes in the tree (walked without recursion: a deep tree is the point).</summary>
    private static int Depth(Microsoft.CodeAnalysis.SyntaxTree tree)
    {
        var deepest = 0;
        var pending = new Stack<(Microsoft.CodeAnalysis.SyntaxNode Node, int Depth)>([(tree.GetRoot(), 1)]);
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Node.ChildNodes())
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }

    private static T WithinHangGuard<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(s_hangGuard), $"did not finish within {s_hangGuard}");
        return task.Result;
    }
}

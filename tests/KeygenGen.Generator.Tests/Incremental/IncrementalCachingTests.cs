using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KeygenGen.Generator.Planning;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KeygenGen.Generator.Tests.Incremental;

/// <summary>
/// The generator must do no work that its inputs do not call for: IDEs run it on every keystroke. These tests run
/// the real driver twice and check the reason Roslyn records for every tracked step.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] s_trackedSteps = typeof(KeygenClientGenerator).Assembly
        .GetType("KeygenGen.Generator.TrackingNames")!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Running_twice_with_the_same_inputs_caches_every_step()
    {
        var files = GeneratorHarness.RepositorySchemaFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult();
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        Assert.NotEmpty(first.GeneratedTrees);
        foreach (var step in s_trackedSteps)
        {
            AssertReasons(second, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertOutputsCached(second);
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), second.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void Editing_an_unrelated_CSharp_file_leaves_every_schema_step_cached()
    {
        var files = GeneratorHarness.RepositorySchemaFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult();

        foreach (var step in s_trackedSteps)
        {
            AssertReasons(result, step, IncrementalStepRunReason.Cached);
        }

        AssertOutputsCached(result);
    }

    [Fact]
    public void A_whitespace_only_schema_edit_reemits_nothing()
    {
        var files = GeneratorHarness.RepositorySchemaFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var original = files[0];
        var reformatted = new InMemoryAdditionalText(original.Path, "\n\n  " + original.GetText()!.ToString().Replace(",\n", " ,\n") + "\n");

        var result = driver.ReplaceAdditionalText(original, reformatted).RunGenerators(compilation).GetRunResult();

        // The edited file is read again (its text changed), but the bound model is equal, so nothing is re-emitted.
        Assert.Contains(result.Results[0].TrackedSteps["SchemaFiles"].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertReasons(result, "ParsedFiles", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged);
        AssertReasons(result, "Spec", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputsCached(result);
    }

    [Fact]
    public void A_real_schema_edit_is_modified_and_reemitted()
    {
        var files = GeneratorHarness.RepositorySchemaFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var original = files.First(f => f.GetText()!.ToString().Contains("\"summary\": \"", StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        var at = text.IndexOf("\"summary\": \"", StringComparison.Ordinal) + "\"summary\": \"".Length;
        var edited = new InMemoryAdditionalText(original.Path, text.Insert(at, "Edited. "));

        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult();

        AssertReasons(result, "Spec", IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("Edited. ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A license grants a user access", "Models.License.g.cs")]
    [InlineData("A name to recognise the license by.", "Models.License.g.cs", "Requests.CreateLicenseRequest.g.cs", "Requests.UpdateLicenseRequest.g.cs")]
    [InlineData("Valid and used recently.", "Enums.LicenseStatus.g.cs")]
    public void An_edit_to_one_schema_file_reemits_only_the_files_it_changes(string summary, params string[] changed)
    {
        var files = GeneratorHarness.RepositorySchemaFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = Texts(driver.GetRunResult());
        var original = files.Single(f => f.Path.EndsWith("licenses.json", StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        Assert.Equal(2, text.Split("\"summary\": \"" + summary).Length); // the summary occurs once
        var edited = new InMemoryAdditionalText(original.Path, text.Replace("\"summary\": \"" + summary, "\"summary\": \"Edited. " + summary, StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult();

        var after = Texts(result);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal(changed, before.Keys.Where(hint => before[hint] != after[hint]).Order(StringComparer.Ordinal));
        // Only the plans of those files changed, and only those were emitted again; the other outputs are cached.
        var replanned = result.Results[0].TrackedSteps["Files"].SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Unchanged && o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((FilePlan)o.Value).HintName);
        Assert.Equal(changed, replanned.Order(StringComparer.Ordinal));
        var emitted = result.Results[0].TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(changed.Length, emitted);
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_source_text()
    {
        var result = GeneratorHarness.CreateDriver(GeneratorHarness.RepositorySchemaFiles())
            .RunGenerators(GeneratorHarness.CreateCompilation())
            .GetRunResult();

        var steps = result.Results[0].TrackedSteps;
        foreach (var step in s_trackedSteps)
        {
            Assert.True(steps.ContainsKey(step), $"Step {step} was not tracked.");
            foreach (var output in steps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static Dictionary<string, string> Texts(GeneratorDriverRunResult result)
        => result.Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static void AssertReasons(GeneratorDriverRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        var outputs = result.Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        foreach (var (_, reason) in outputs)
        {
            Assert.True(allowed.Contains(reason), $"Step {step} ran with reason {reason}; allowed: {string.Join(", ", allowed)}.");
        }
    }

    private static void AssertOutputsCached(GeneratorDriverRunResult result)
    {
        foreach (var (name, runs) in result.Results[0].TrackedOutputSteps)
        {
            foreach (var (_, reason) in runs.SelectMany(r => r.Outputs))
            {
                Assert.True(reason == IncrementalStepRunReason.Cached, $"Output step {name} ran with reason {reason}.");
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SourceText or AdditionalText,
            $"{path} holds a {value.GetType().Name}, which defeats caching and keeps compilations alive.");

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}

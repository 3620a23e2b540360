using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;

namespace Keygen.Acceptance.Suite;

/// <summary>
/// Reads feature files with the Gherkin parser and flattens them into <see cref="ReplayScenario"/>s the way Cucumber
/// compiles pickles: each scenario gets the background steps before its own (a rule's background after the
/// feature's), and a scenario outline becomes one scenario per examples row with <c>&lt;name&gt;</c> placeholders
/// filled in its name, step texts, doc strings and tables. Tags accumulate from the feature, rule, scenario and examples.
/// </summary>
internal static partial class FeatureReader
{
    /// <summary>Every scenario under <paramref name="directory"/>, features in path order, scenarios in file order.</summary>
    public static IReadOnlyList<ReplayScenario> ReadAll(string suiteRoot, string directory) =>
        Directory.GetFiles(directory, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Read(Path.GetRelativePath(suiteRoot, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();

    /// <summary>The scenarios of one feature file's text; <paramref name="feature"/> is its path relative to the suite root.</summary>
    public static IReadOnlyList<ReplayScenario> Read(string feature, string text)
    {
        var document = new Parser().Parse(new StringReader(text));
        if (document.Feature is not { } root)
        {
            return [];
        }

        var drafts = new List<ReplayScenario>();
        var featureTags = Tags(root.Tags);
        var background = root.Children.OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var child in root.Children)
        {
            switch (child)
            {
                case Scenario scenario:
                    drafts.AddRange(Expand(feature, scenario, featureTags, background));
                    break;
                case Rule rule:
                    var ruleTags = featureTags.Concat(Tags(rule.Tags)).ToList();
                    var ruleBackground = background.Concat(rule.Children.OfType<Background>().SelectMany(b => b.Steps)).ToList();
                    foreach (var scenario in rule.Children.OfType<Scenario>())
                    {
                        drafts.AddRange(Expand(feature, scenario, ruleTags, ruleBackground));
                    }

                    break;
            }
        }

        return drafts.Zip(ScenarioIds.Disambiguate(drafts.Select(d => d.Id)), (draft, id) => draft with { Id = id }).ToList();
    }

    private static IEnumerable<ReplayScenario> Expand(string feature, Scenario scenario, IReadOnlyList<string> inherited, IReadOnlyList<Step> background)
    {
        var tags = inherited.Concat(Tags(scenario.Tags)).ToList();
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            var steps = background.Concat(scenario.Steps).Select(step => Convert(step, NoValues)).ToList();
            yield return new ReplayScenario(ScenarioIds.Of(feature, scenario.Name, null), feature, scenario.Name, scenario.Location.Line, tags, steps);
            yield break;
        }

        var row = 0;
        foreach (var table in examples)
        {
            var header = table.TableHeader?.Cells.Select(c => c.Value).ToList() ?? [];
            foreach (var body in table.TableBody)
            {
                row++;
                var values = header.Zip(body.Cells.Select(c => c.Value)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                var name = Fill(scenario.Name, values);
                var steps = background.Select(step => Convert(step, NoValues)).Concat(scenario.Steps.Select(step => Convert(step, values))).ToList();
                yield return new ReplayScenario(
                    ScenarioIds.Of(feature, name, row), feature, name, body.Location.Line, tags.Concat(Tags(table.Tags)).ToList(), steps);
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    private static ReplayStep Convert(Step step, IReadOnlyDictionary<string, string> values)
    {
        var docString = step.DocString is { } doc ? Fill(doc.Content, values) : null;
        var table = step.DataTable is { } data
            ? data.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Fill(c.Value, values)).ToList()).ToList()
            : null;
        return new ReplayStep(step.Keyword, Fill(step.Text, values), step.Location.Line, docString, table);
    }

    private static List<string> Tags(IEnumerable<Tag> tags) => tags.Select(t => t.Name).ToList();

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? text : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();
}

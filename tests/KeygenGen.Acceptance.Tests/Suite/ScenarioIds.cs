using System.Collections.Generic;

namespace Keygen.Acceptance.Suite;

/// <summary>
/// Scenario ids that survive edits elsewhere in the feature: <c>&lt;feature path&gt;: &lt;scenario name&gt;</c>, an
/// outline row adding <c> [example N]</c> (its 1-based row), and a name repeated in one feature adding <c> #2</c>,
/// <c> #3</c>, … in file order.
/// </summary>
internal static class ScenarioIds
{
    public static string Of(string feature, string name, int? exampleRow) =>
        $"{feature}: {name}" + (exampleRow is { } row ? $" [example {row}]" : string.Empty);

    /// <summary>Makes each id of one feature unique by numbering repeats.</summary>
    public static IEnumerable<string> Disambiguate(IEnumerable<string> ids)
    {
        var seen = new Dictionary<string, int>();
        foreach (var id in ids)
        {
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            yield return count == 1 ? id : $"{id} #{count}";
        }
    }
}

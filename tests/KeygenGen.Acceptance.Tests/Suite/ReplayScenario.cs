using System.Collections.Generic;

namespace Keygen.Acceptance.Suite;

/// <summary>
/// One runnable scenario of the suite, flattened as Cucumber runs it: the feature's background steps, then its own
/// (an outline row's values filled in), with the tags of the feature, the scenario and the examples.
/// </summary>
/// <param name="Id">The stable id (see <see cref="ScenarioIds"/>).</param>
/// <param name="Feature">The feature file, relative to the suite root (<c>features/api/v1/licenses/create.feature</c>).</param>
/// <param name="Name">The scenario's name (an outline row's values filled in).</param>
/// <param name="Line">The line of the scenario (or of the outline row) in the feature file.</param>
internal sealed record ReplayScenario(string Id, string Feature, string Name, int Line, IReadOnlyList<string> Tags, IReadOnlyList<ReplayStep> Steps);

/// <summary>One step: its keyword and text, and its doc string or data table if any.</summary>
internal sealed record ReplayStep(string Keyword, string Text, int Line, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table)
{
    public override string ToString() => $"{Keyword.Trim()} {Text}";
}

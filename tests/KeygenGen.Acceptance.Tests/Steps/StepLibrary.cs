using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// The suite's step vocabulary (<c>features/step_definitions/*.rb</c> is its specification), registered family by
/// family. A step text matches the first pattern registered that matches it whole; families register their more
/// specific patterns first.
/// </summary>
internal sealed class StepLibrary
{
    private readonly List<StepDefinition> _definitions = new();

    public static StepLibrary Default { get; } = Build();

    public IReadOnlyList<StepDefinition> Definitions => _definitions;

    /// <summary>The definition of a step and the arguments it gets; null for a step no family knows.</summary>
    public (StepDefinition Definition, StepArguments Arguments)? Find(ReplayStep step)
    {
        foreach (var definition in _definitions)
        {
            var match = definition.Pattern.Match(step.Text);
            if (match.Success)
            {
                return (definition, new StepArguments(match, step));
            }
        }

        return null;
    }

    /// <summary>Registers a step of <paramref name="family"/>; the pattern must match the whole step text.</summary>
    public void Add(string family, string pattern, Func<ScenarioWorld, StepArguments, Task> handler) =>
        _definitions.Add(new StepDefinition(family, new Regex("^" + pattern + "$", RegexOptions.CultureInvariant), handler));

    /// <summary>Registers a step that does not send anything (seeding, assertions on what was received).</summary>
    public void Add(string family, string pattern, Action<ScenarioWorld, StepArguments> handler) =>
        Add(family, pattern, (world, args) =>
        {
            handler(world, args);
            return Task.CompletedTask;
        });

    private static StepLibrary Build()
    {
        var library = new StepLibrary();
        SessionSteps.Register(library);
        AuthenticationSteps.Register(library);
        RequestSteps.Register(library);
        TimeSteps.Register(library);
        ResponseStatusSteps.Register(library);
        ResponseBodySteps.Register(library);
        ResponseHeaderSteps.Register(library);
        SignatureSteps.Register(library);
        KeySchemeSteps.Register(library);
        CertificateSteps.Register(library);
        AccountSteps.Register(library);
        SeedingSteps.Register(library);
        AttributeSteps.Register(library);
        StateSteps.Register(library);
        JobSteps.Register(library);
        UnsupportedSteps.Register(library);
        return library;
    }
}

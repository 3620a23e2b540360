using System;
using Keygen.Acceptance.Placeholders;

namespace Keygen.Acceptance.Steps;

/// <summary>Rails' <c>travel_to</c> and <c>travel_back</c>: the emulator's clock stops at an instant, or runs again.</summary>
internal static class TimeSteps
{
    private const string Family = "time";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"time is frozen (\d+) (\w+) into the future", (world, args) =>
            world.Clock.Frozen = RubyTime.Move(world.Now, args.Int(1), args[2].TrimEnd('s')));
        steps.Add(Family, @"time is frozen at ""([^""]*)""", (world, args) =>
            world.Clock.Frozen = RubyTime.Parse(PlaceholderExpander.Expand(args[1], world)) ?? throw new FormatException($"'{args[1]}' is not a time."));
        steps.Add(Family, "time is unfrozen", (world, _) => world.Clock.Frozen = null);
    }
}

using Keygen.Emulator.Model;

namespace Keygen.Emulator.State;

/// <summary>
/// The environment a request runs in (Keygen's <c>Keygen-Environment</c>), and so which environment-scoped rows it
/// sees: an ISOLATED environment only its own, a SHARED one its own and the global ones, the global environment
/// (no header) only the global ones. Outside a request (start-up, housekeeping) every row is seen.
/// </summary>
internal sealed record EnvironmentScope(KeygenEnvironment? Current, bool Unfiltered)
{
    public static EnvironmentScope Everything { get; } = new(null, true);

    public static EnvironmentScope Of(KeygenEnvironment? environment) => new(environment, false);

    public bool Sees(Entity row) => Unfiltered || !row.IsEnvironmentScoped || Includes(row.Environment);

    /// <summary>Whether something that lives in <paramref name="home"/> (null: global) applies in this environment.</summary>
    public bool Includes(KeygenEnvironment? home) =>
        home == Current || (home is null && Current?.IsolationStrategy == "SHARED");
}

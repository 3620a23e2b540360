using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Versions;

/// <summary>
/// One of Keygen's response migrations (<c>app/migrations</c>): a change made after <see cref="Version"/>, undone for
/// requests at that API version or older, on the responses <see cref="AppliesTo"/> picks (by route and status).
/// <see cref="Migrate"/> may read the account the document came from (null before one is known), as Keygen's
/// migrations query the database.
/// </summary>
internal sealed record ResponseMigration(string Version, Func<Route, int, bool> AppliesTo, Action<JsonObject, AccountState?> Migrate)
{
    /// <summary>A migration that needs nothing but the document.</summary>
    public ResponseMigration(string version, Func<Route, int, bool> appliesTo, Action<JsonObject> migrate)
        : this(version, appliesTo, (document, _) => migrate(document))
    {
    }
}

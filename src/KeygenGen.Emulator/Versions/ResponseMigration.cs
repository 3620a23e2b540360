using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.Versions;

/// <summary>
/// One of Keygen's response migrations (<c>app/migrations</c>): a change made after <see cref="Version"/>, undone for
/// requests at that API version or older, on the responses <see cref="AppliesTo"/> picks (by route and status).
/// </summary>
internal sealed record ResponseMigration(string Version, Func<Route, int, bool> AppliesTo, Action<JsonObject> Migrate);

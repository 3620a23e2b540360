using System.Collections.Generic;

namespace Keygen.Emulator.Model;

/// <summary>The API versions Keygen accepts in <c>Keygen-Version</c>; the emulator renders the current one's shapes.</summary>
internal static class ApiVersions
{
    public const string Current = "1.8";

    public static readonly IReadOnlyList<string> Supported = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];
}

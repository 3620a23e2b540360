namespace Keygen.Acceptance.Steps;

/// <summary>
/// Keygen's cookie sessions (<c>authenticate with a session</c>, session cookies): the emulator has no sessions, so
/// each of these steps ends its scenario as unsupported rather than pretending.
/// </summary>
internal static class SessionSteps
{
    private const string Family = "sessions";

    public static void Register(StepLibrary steps)
    {
        foreach (var pattern in new[]
        {
            "I authenticate with (?:a|my)(?: valid)? session",
            "I authenticate with the (?:first|second|third|fourth|fifth|last) session",
            @"I authenticate with a session for ""[^""]+""",
            @"I authenticate with the (?:first|second|third|fourth|fifth|last) session for ""[^""]+""",
            @"I have a session for ""[^""]+"" with a child session",
            @"I have a session with a child session for ""[^""]+""",
            "I authenticate with an expiring session",
            "I authenticate with an expired session",
            "I authenticate with an invalid session",
            @"the response headers should contain ""[^""]+"" with (?:an?|the) (?:encrypted|signed) cookie:",
            @"the response headers should contain ""[^""]+"" with (?:a|the) cookie:",
            @"the response headers should not contain ""[^""]+"" with (?:an?|the)(?: encrypted| signed)? cookie:",
        })
        {
            steps.Add(Family, pattern, (_, _) => throw new StepUnsupportedException(Unsupported.Sessions));
        }
    }
}

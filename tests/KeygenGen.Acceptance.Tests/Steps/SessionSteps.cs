using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Placeholders;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Keygen's cookie sessions (<c>authentication_steps.rb</c> and the cookie steps of <c>request_steps.rb</c>): sessions
/// are seeded through the emulator's data surface and presented as the encrypted cookie it makes; Set-Cookie headers
/// are compared pair by pair as Rack parses them (names lower-cased), session ids decrypted for an encrypted cookie.
/// </summary>
internal static class SessionSteps
{
    private const string Family = "sessions";

    private const string Ordinals = "first|second|third|fourth|fifth|last";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, "I authenticate with (?:a|my)(?: valid)? session", (world, _) =>
            Present(world, StartSession(world, null, TimeSpan.FromHours(10))));
        steps.Add(Family, $@"I authenticate with the ({Ordinals}) session", (world, args) =>
            PresentExisting(world, ScenarioWorld.Pick(world.Records("sessions"), args[1], "session")));
        steps.Add(Family, @"I authenticate with a session for ""([^""]+)""", (world, args) =>
            Present(world, StartSession(world, EnvironmentCoded(world, args[1]), TimeSpan.FromHours(10))));
        steps.Add(Family, $@"I authenticate with the ({Ordinals}) session for ""([^""]+)""", (world, args) =>
        {
            var environment = EnvironmentCoded(world, args[2]);
            var sessions = world.Records("sessions").Where(s => s.Environment == environment["code"]?.GetValue<string>()).ToList();
            PresentExisting(world, ScenarioWorld.Pick(sessions, args[1], "session"));
        });
        steps.Add(Family, @"I have a session for ""([^""]+)"" with a child session", (world, args) =>
        {
            var environment = EnvironmentCoded(world, args[1]);
            ParentWithChild(world, Bearer(world).Type == "environments" ? environment : null, environment);
        });
        steps.Add(Family, @"I have a session with a child session for ""([^""]+)""", (world, args) =>
            ParentWithChild(world, null, EnvironmentCoded(world, args[1])));
        steps.Add(Family, "I authenticate with an expiring session", (world, _) =>
            Present(world, StartSession(world, null, TimeSpan.FromMinutes(10))));
        steps.Add(Family, "I authenticate with an expired session", (world, _) =>
            Present(world, StartSession(world, null, TimeSpan.FromHours(-1))));
        steps.Add(Family, "I authenticate with an invalid session", (world, _) =>
        {
            world.Token = world.BearerAccount!.TokenFor(Bearer(world), world.Environment);
            SendCookie(world, new SessionCookie("session_id", world.BearerAccount.SessionCookieValue(Guid.NewGuid())));
        });

        steps.Add(Family, @"the response headers should contain ""([^""]+)"" with (?:an?|the) (?:encrypted|signed) cookie:", (world, args) =>
            ExpectCookie(world, args[1], args.DocString, decrypt: true, present: true));
        steps.Add(Family, @"the response headers should contain ""([^""]+)"" with (?:a|the) cookie:", (world, args) =>
            ExpectCookie(world, args[1], args.DocString, decrypt: false, present: true));
        steps.Add(Family, @"the response headers should not contain ""([^""]+)"" with (?:an?|the)(?: encrypted| signed)? cookie:", (world, args) =>
            ExpectCookie(world, args[1], args.DocString, decrypt: false, present: false));
    }

    /// <summary>The suite's <c>@bearer.tokens.first_or_create!</c> then <c>@token.sessions.create!</c>, ending <paramref name="lifetime"/> from now.</summary>
    private static DataRecord StartSession(ScenarioWorld world, DataRecord? environment, TimeSpan lifetime)
    {
        var token = world.BearerAccount!.TokenFor(Bearer(world), world.Environment);
        world.Token = token;
        return NewSession(world, token.Token, environment, world.Now + lifetime, parent: null, placed: environment is not null);
    }

    private static void ParentWithChild(ScenarioWorld world, DataRecord? parentEnvironment, DataRecord childEnvironment)
    {
        var parent = NewSession(world, NewToken(world, parentEnvironment), parentEnvironment, world.Now.AddHours(10), parent: null, placed: true);
        var expiry = DateTimeOffset.Parse(parent["expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        NewSession(world, NewToken(world, childEnvironment), childEnvironment, expiry, parent, placed: true);
    }

    private static DataRecord NewToken(ScenarioWorld world, DataRecord? environment) =>
        world.BearerAccount!.Create("token", [], new Dictionary<string, object?> { ["bearer"] = Bearer(world), ["environment"] = environment });

    /// <param name="placed">Whether the suite names the session's environment; otherwise the factory places it (with its bearer).</param>
    private static DataRecord NewSession(ScenarioWorld world, DataRecord token, DataRecord? environment, DateTimeOffset expiry, DataRecord? parent, bool placed)
    {
        var attributes = new Dictionary<string, object?>
        {
            ["token"] = token,
            ["expiry"] = expiry,
            ["userAgent"] = "keygen/test",
            ["ip"] = "127.0.0.1",
        };
        if (placed)
        {
            attributes["environment"] = environment;
        }

        if (parent is not null)
        {
            attributes["parent"] = parent;
        }

        return world.BearerAccount!.Create("session", [], attributes);
    }

    private static void PresentExisting(ScenarioWorld world, DataRecord session)
    {
        world.Bearer = session.Related("bearer") ?? throw new InvalidOperationException($"{session} has no bearer.");
        world.BearerAccount = world.Account;
        Present(world, session);
    }

    private static void Present(ScenarioWorld world, DataRecord session) => SendCookie(world, world.BearerAccount!.SessionCookie(session));

    /// <summary>The suite's authenticate_with_session: the cookie instead of any Authorization header.</summary>
    private static void SendCookie(ScenarioWorld world, SessionCookie cookie)
    {
        world.Headers.Remove("Authorization");
        world.Headers["Cookie"] = $"{cookie.Name}={cookie.Value}";
    }

    private static DataRecord EnvironmentCoded(ScenarioWorld world, string code) =>
        world.Records("environments").FirstOrDefault(e => e["code"]?.GetValue<string>() == code)
            ?? throw new InvalidOperationException($"No environment '{code}'.");

    private static DataRecord Bearer(ScenarioWorld world) => world.Bearer ?? throw new InvalidOperationException("The scenario has no bearer.");

    /// <summary>
    /// Whether some Set-Cookie of the last answer holds every pair of <paramref name="expected"/> (Rack's
    /// <c>include</c>/<c>hash_including</c>); with <paramref name="decrypt"/>, cookie values are read as the session ids
    /// they encrypt, as the suite reads them through Rails' encrypted cookie jar.
    /// </summary>
    private static void ExpectCookie(ScenarioWorld world, string header, string expected, bool decrypt, bool present)
    {
        var wanted = Parse(PlaceholderExpander.Expand(expected, world));
        var sent = world.Http.Last.Headers.TryGetValue(header, out var value) ? value.Split('\n') : [];
        var cookies = sent.Select(Parse).Select(pairs => decrypt ? Decrypted(world, pairs) : pairs).ToList();
        var found = cookies.Any(pairs => wanted.All(w => pairs.TryGetValue(w.Key, out var v) && v == w.Value));
        Expect.True(found == present, present ? $"no {header} cookie matches" : $"a {header} cookie matches",
            $"{header}: {(sent.Length == 0 ? "(absent)" : string.Join(" | ", sent))}; expected {(present ? string.Empty : "none like ")}{expected.Trim()}");
    }

    private static Dictionary<string, string?> Decrypted(ScenarioWorld world, Dictionary<string, string?> pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Key.StartsWith("session_id", StringComparison.Ordinal) && p.Value is { Length: > 0 } cookie
            ? world.Account.SessionIdOf(cookie) ?? cookie
            : p.Value);

    /// <summary>Rack's parse_cookies_header: <c>;</c>-separated pairs, names lower-cased here as the suite does, flags without a value.</summary>
    private static Dictionary<string, string?> Parse(string header)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var part in header.Trim().Split(';').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var name = (separator < 0 ? part : part[..separator]).ToLowerInvariant();
            pairs.TryAdd(name, separator < 0 ? null : Uri.UnescapeDataString(part[(separator + 1)..]));
        }

        return pairs;
    }
}

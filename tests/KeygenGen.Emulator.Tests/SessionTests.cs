using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Keygen's cookie sessions over HTTP: a token generated from Portal's origin starts a session and sets its encrypted
/// cookie; the cookie authenticates only from that origin; a forged one is refused and expired; revoking the token ends
/// the session.
/// </summary>
public sealed class SessionTests
{
    private const string Portal = "https://portal.keygen.sh";

    [Fact]
    public async Task A_token_generated_from_Portal_starts_a_session_whose_cookie_authenticates_from_Portal_only()
    {
        await using var emulator = await KeygenEmulator.StartInProcessAsync();
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = new Uri($"http://api.keygen.sh/v1/accounts/{emulator.AccountId}/") };
        var account = emulator.Data.Account(emulator.AccountId);
        var admin = account.Create("admin");
        var token = account.TokenFor(admin);

        using var generated = await SendAsync(http, HttpMethod.Post, "tokens", origin: Portal, bearer: token.Secret);
        var cookie = Cookies(generated).Single();
        var session = Assert.Single(account.List("sessions"));
        var pair = cookie.Split(';')[0].Split('=', 2);

        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal("session_id", pair[0]);
        Assert.Equal(session.Id, account.SessionIdOf(pair[1]));
        Assert.Contains("HttpOnly", cookie, StringComparison.Ordinal);
        Assert.Equal(admin.Id, session.Related("bearer")!.Id);

        using var fromPortal = await SendAsync(http, HttpMethod.Get, "me", origin: Portal, cookie: $"session_id={pair[1]}");
        using var elsewhere = await SendAsync(http, HttpMethod.Get, "me", origin: "https://evil-keygen.sh", cookie: $"session_id={pair[1]}");
        using var withoutOrigin = await SendAsync(http, HttpMethod.Get, "me", origin: null, cookie: $"session_id={pair[1]}");

        Assert.Equal(HttpStatusCode.OK, fromPortal.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutOrigin.StatusCode);
        Assert.Empty(Cookies(elsewhere));
    }

    [Fact]
    public async Task A_forged_cookie_is_refused_and_expired_and_revoking_the_token_ends_its_sessions()
    {
        await using var emulator = await KeygenEmulator.StartInProcessAsync();
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = new Uri($"http://api.keygen.sh/v1/accounts/{emulator.AccountId}/") };
        var account = emulator.Data.Account(emulator.AccountId);
        var token = account.TokenFor(account.Create("admin"));
        var session = account.Create("session", attributes: new Dictionary<string, object?> { ["token"] = token.Token });
        var cookie = account.SessionCookie(session);

        using var forged = await SendAsync(http, HttpMethod.Get, "me", origin: Portal, cookie: $"session_id={cookie.Value[..^4]}AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("SESSION_INVALID", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("session_id=;", Assert.Single(Cookies(forged)), StringComparison.Ordinal);

        using var revoked = await SendAsync(http, HttpMethod.Delete, $"tokens/{token.Token.Id}", origin: Portal, cookie: $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.StartsWith("session_id=;", Assert.Single(Cookies(revoked)), StringComparison.Ordinal);
        Assert.Empty(account.List("sessions"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? origin, string? bearer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("application/vnd.api+json");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await http.SendAsync(request);
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

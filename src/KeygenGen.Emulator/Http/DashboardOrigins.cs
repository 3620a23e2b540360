using System;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Http;

/// <summary>
/// Keygen's own dashboard and distribution origins, whose requests Keygen neither logs nor counts towards an account's
/// daily request limit (REQUEST_LOG_IGNORED_ORIGINS, REQUEST_COUNT_IGNORED_ORIGINS, CURRENT_ACCOUNT_IGNORED_ORIGINS).
/// </summary>
internal static class DashboardOrigins
{
    private static readonly string[] Origins = ["https://app.keygen.sh", "https://dist.keygen.sh"];

    public static bool Sent(HttpRequest request) => Array.IndexOf(Origins, request.Headers.Origin.ToString()) >= 0;
}

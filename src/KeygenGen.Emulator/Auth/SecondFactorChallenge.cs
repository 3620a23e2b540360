using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Auth;

/// <summary>Keygen's 401s for a one-time password in <c>meta.otp</c>: <c>OTP_REQUIRED</c> when absent, <c>OTP_INVALID</c> when wrong.</summary>
internal static class SecondFactorChallenge
{
    public static void Require(SecondFactor factor, string? otp, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(otp))
        {
            throw Errors.Unauthorized("OTP_REQUIRED", "second factor is required", ErrorSource.Pointer("/meta/otp"));
        }

        if (!factor.Verify(otp, now))
        {
            throw Errors.Unauthorized("OTP_INVALID", "second factor must be valid", ErrorSource.Pointer("/meta/otp"));
        }
    }

    /// <summary>A password login of a user with 2FA on also needs the current code (read before the body's schema check).</summary>
    public static void RequireForLogin(ApiRequest request, User user)
    {
        var factor = request.Account.Table<SecondFactor>().All.FirstOrDefault(f => f.User == user && f.Enabled);
        if (factor is not null)
        {
            Require(factor, OtpOf(request.Body), request.Now);
        }
    }

    private static string? OtpOf(JsonNode? body) =>
        body?["meta"]?["otp"] is JsonValue value && value.TryGetValue(out string? otp) ? otp : null;
}

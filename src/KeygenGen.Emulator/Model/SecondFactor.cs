using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A user's TOTP second factor: created disabled, enabled once the user proves the app shows its codes.</summary>
internal sealed class SecondFactor : Entity
{
    public SecondFactor(Guid id, DateTimeOffset created, User user, string secret)
        : base(id, created)
    {
        User = user;
        Secret = secret;
    }

    public User User { get; }

    public string Secret { get; }

    public bool Enabled { get; set; }

    /// <summary>The last time step a code was accepted in: a code is good once, like ROTP's <c>after:</c>.</summary>
    private long? LastStep { get; set; }

    /// <summary>The URI an authenticator app scans.</summary>
    public string Uri => $"otpauth://totp/Keygen:{System.Uri.EscapeDataString(User.Email)}?secret={Secret}&issuer=Keygen";

    /// <summary>Accepts the code of the current or the previous step (clock drift), never the same step twice.</summary>
    public bool Verify(string? otp, DateTimeOffset now)
    {
        var current = Totp.StepOf(now);
        for (var step = current; step >= current - 1; step--)
        {
            if (otp == Totp.Code(Secret, step) && (LastStep is null || step > LastStep))
            {
                LastStep = step;
                return true;
            }
        }

        return false;
    }
}

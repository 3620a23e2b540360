using System;
using System.Diagnostics.CodeAnalysis;

namespace Keygen.Signatures;

/// <summary>
/// What a <c>TryVerify</c> or <c>TryRead…</c> method found, without throwing: the verified <see cref="Value"/>, or the
/// <see cref="FailureReason"/> and <see cref="Message"/> saying why the input was refused. The failure is also kept as the
/// exception the throwing method would have raised (<see cref="Exception"/>), e.g. a license file's
/// <see cref="Licensing.LicenseFileException.Dataset"/> when it is authentic but expired.
/// <code>
/// VerificationResult&lt;KeygenWebhookEvent&gt; delivery = verifier.TryVerify(request);
/// if (!delivery.IsValid) { return Results.BadRequest(delivery.Message); }   // forged, altered, replayed, not an event
/// Handle(delivery.Value);
/// </code>
/// </summary>
/// <typeparam name="T">What a valid input yields: the verified message, webhook event, license file or license key.</typeparam>
public sealed class VerificationResult<T>
    where T : class
{
    private VerificationResult(T? value, KeygenVerificationException? exception)
    {
        Value = value;
        Exception = exception;
    }

    /// <summary>Whether the input is authentic, unaltered and within its validity period; <see cref="Value"/> is then set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Exception), nameof(FailureReason))]
    public bool IsValid => Value is not null;

    /// <summary>The verified result; null when the input was refused.</summary>
    public T? Value { get; }

    /// <summary>Why the input was refused; null when it is valid.</summary>
    public VerificationFailureReason? FailureReason => Exception?.Reason;

    /// <summary>What was found, in a sentence that holds no secret: why the input was refused, or that it verified.</summary>
    public string Message => Exception?.Message ?? "Verified.";

    /// <summary>The failure as the throwing method would have raised it; null when the input is valid. It was never thrown.</summary>
    public KeygenVerificationException? Exception { get; }

    /// <summary>The result of a valid input.</summary>
    internal static VerificationResult<T> Valid(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>The result of a refused input.</summary>
    internal static VerificationResult<T> Refused(KeygenVerificationException exception) => new(null, exception);

    /// <summary>Runs a throwing verification and keeps its typed failure instead of letting it escape.</summary>
    internal static VerificationResult<T> Of(Func<T> verify)
    {
        try
        {
            return Valid(verify());
        }
        catch (KeygenVerificationException e)
        {
            return Refused(e);
        }
    }

    /// <summary>Says whether the input verified, and if not, why; never shows the verified content.</summary>
    public override string ToString() => IsValid ? "Verified." : $"Refused ({FailureReason}): {Message}";
}

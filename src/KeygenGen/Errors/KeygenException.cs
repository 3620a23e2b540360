using System;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// The base of every error the SDK throws: API errors (<see cref="KeygenApiException"/>), transport faults
/// (<see cref="KeygenTransportException"/>), malformed responses (<see cref="KeygenMalformedResponseException"/>),
/// configuration problems (<see cref="KeygenConfigurationException"/>), failed offline checks
/// (<see cref="Signatures.KeygenVerificationException"/>: forged or stale responses, license files, signed keys) and an
/// unreadable machine id (<see cref="Licensing.MachineIdUnavailableException"/>). Messages never contain secrets.
/// Cancellation by the caller is not wrapped: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class KeygenException : Exception
{
    /// <summary>Creates an exception, optionally about a response.</summary>
    /// <param name="message">What went wrong and what to do about it; must not contain secrets.</param>
    /// <param name="response">The response that caused it, if one arrived.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected KeygenException(string message, KeygenResponse? response, Exception? innerException)
        : base(message, innerException)
    {
        Response = response;
    }

    /// <summary>The response that caused the error, when one arrived: status, headers, body and request id.</summary>
    public KeygenResponse? Response { get; }

    /// <summary>The HTTP status, when a response arrived.</summary>
    public int? StatusCode => Response?.StatusCode;

    /// <summary>Keygen's request id, when known; quote it when contacting Keygen support.</summary>
    public virtual string? RequestId => Response?.RequestId;

    /// <summary>The rate-limit state from the response, when it carried one.</summary>
    public KeygenRateLimit? RateLimit => Response?.RateLimit;
}

using System;

namespace Keygen;

/// <summary>
/// Keygen could not be reached or the exchange broke off: DNS failure, connection refused or reset, TLS failure, a
/// response cut short, or a timeout (<see cref="Timeout"/>). Thrown after any retries the call was allowed.
/// </summary>
public sealed class KeygenTransportException : KeygenException
{
    internal KeygenTransportException(string message, bool timeout, Exception? innerException)
        : base(message, null, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>Whether the attempt ran out of time (<see cref="KeygenClientOptions.Timeout"/>).</summary>
    public bool Timeout { get; }
}

using System;

namespace Keygen.Http;

/// <summary>
/// The outcome of sending a request once: a response (any status), or a transport fault together with whether the server
/// may have seen the request, which decides if re-sending it could repeat a side effect.
/// </summary>
internal sealed class KeygenAttempt
{
    private KeygenAttempt(KeygenResponse? response, string? fault, Exception? faultException, bool timedOut, bool mayHaveReachedServer)
    {
        Response = response;
        Fault = fault;
        FaultException = faultException;
        TimedOut = timedOut;
        MayHaveReachedServer = mayHaveReachedServer;
    }

    public KeygenResponse? Response { get; }

    /// <summary>What went wrong on the wire, already redacted; <see langword="null"/> when a response arrived.</summary>
    public string? Fault { get; }

    public Exception? FaultException { get; }

    public bool TimedOut { get; }

    public bool MayHaveReachedServer { get; }

    public static KeygenAttempt Received(KeygenResponse response) => new(response, null, null, false, true);

    public static KeygenAttempt Failed(string fault, Exception exception, bool timedOut, bool mayHaveReachedServer) =>
        new(null, fault, exception, timedOut, mayHaveReachedServer);
}

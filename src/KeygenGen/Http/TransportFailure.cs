using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Keygen.Http;

/// <summary>Why a request never reached the server, when the exception says so.</summary>
internal enum TransportFailure
{
    Other,
    NameResolution,
    Connection,
}

internal static class TransportFailures
{
    /// <summary>
    /// .NET 8+ names the failure on <see cref="HttpRequestException"/>; .NET Framework and Mono wrap a
    /// <see cref="WebException"/>, and .NET Standard builds running on .NET Core a <see cref="SocketException"/>.
    /// </summary>
    public static TransportFailure Classify(Exception e)
    {
#if LEGACY_TARGET
        if (e is not HttpRequestException)
        {
            return TransportFailure.Other;
        }

        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case WebException { Status: WebExceptionStatus.NameResolutionFailure or WebExceptionStatus.ProxyNameResolutionFailure }:
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return TransportFailure.NameResolution;
                case WebException { Status: WebExceptionStatus.ConnectFailure or WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure }:
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TimedOut }:
                    return TransportFailure.Connection;
            }
        }

        return TransportFailure.Other;
#else
        return e switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => TransportFailure.NameResolution,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }
                => TransportFailure.Connection,
            _ => TransportFailure.Other,
        };
#endif
    }

    /// <summary>
    /// Whether the connection closed before the whole response arrived. HttpClient reads the body of a buffered response
    /// inside its own SendAsync, so a body cut off in transit can fail there, before any response is handed back; .NET 8+
    /// names that failure. The older targets cannot tell it apart from other faults of the exchange.
    /// </summary>
    public static bool ResponseEnded(Exception e)
    {
#if LEGACY_TARGET
        return false;
#else
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } or HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded })
            {
                return true;
            }
        }

        return false;
#endif
    }
}

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
}

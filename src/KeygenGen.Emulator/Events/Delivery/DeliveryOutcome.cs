using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Keygen.Emulator.Events.Delivery;

/// <summary>
/// What one attempt leaves on the event, as Keygen's WebhookWorker records it: the answer's status and (first 2 KiB of)
/// body, or a code word for a transport failure, the event's new status, whether Sidekiq would retry, and whether the
/// endpoint is disabled (Keygen empties the subscriptions of an endpoint that answers 410 Gone or 530 Frozen).
/// </summary>
internal sealed record DeliveryOutcome(int? Code, string? Body, string Status, bool Retry, bool DisableEndpoint = false)
{
    public const string Delivering = "DELIVERING";
    public const string Delivered = "DELIVERED";
    public const string Failing = "FAILING";
    public const string Failed = "FAILED";

    /// <summary>Keygen keeps a response body up to this size and a placeholder for a larger one.</summary>
    public const int MaxResponseBodyBytes = 2048;

    public static DeliveryOutcome Answered(int code, string? body)
    {
        if (code is >= 200 and <= 299)
        {
            return new(code, body, Delivered, Retry: false);
        }

        return code is 410 or 530
            ? new(code, body, Failed, Retry: false, DisableEndpoint: true)
            : new(code, body, Failing, Retry: true);
    }

    /// <summary>
    /// Keygen retries TLS errors and timeouts and gives up at once on refused or reset connections, unreachable hosts,
    /// DNS failures and early EOF. Any other error escapes Keygen's worker, so Sidekiq retries without touching the event.
    /// </summary>
    public static DeliveryOutcome? Transport(Exception error) => error switch
    {
        TaskCanceledException { InnerException: TimeoutException } => Unanswered("REQ_TIMEOUT", Failing, retry: true),
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => Unanswered("SSL_ERROR", Failing, retry: true),
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => Unanswered("DNS_ERROR", Failed, retry: false),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => Unanswered("EOF_ERROR", Failed, retry: false),
        _ when SocketError(error) is { } socket => socket switch
        {
            System.Net.Sockets.SocketError.ConnectionRefused => Unanswered("CONN_REFUSED", Failed, retry: false),
            System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.ConnectionAborted => Unanswered("CONN_RESET", Failed, retry: false),
            System.Net.Sockets.SocketError.NetworkUnreachable => Unanswered("NET_UNREACH", Failed, retry: false),
            System.Net.Sockets.SocketError.HostUnreachable => Unanswered("HOST_UNREACH", Failed, retry: false),
            _ => null,
        },
        _ => null,
    };

    private static DeliveryOutcome Unanswered(string what, string status, bool retry) => new(null, what, status, retry);

    private static SocketError? SocketError(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}

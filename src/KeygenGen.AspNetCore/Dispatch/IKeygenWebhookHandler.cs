using System.Threading;
using System.Threading.Tasks;
using Keygen.Webhooks;

namespace Keygen.AspNetCore;

/// <summary>
/// Handles one event type, as a service: register it in dependency injection and map it with
/// <see cref="KeygenWebhookBuilder.On{TData, THandler}(KeygenEventKind{TData})"/>; it is resolved from the request's scope.
/// </summary>
/// <typeparam name="TData">What the event carries, e.g. <c>License</c>.</typeparam>
public interface IKeygenWebhookHandler<TData>
{
    /// <summary>Handles the event. Throwing answers 500, so Keygen delivers it again later.</summary>
    Task HandleAsync(KeygenEvent<TData> keygenEvent, CancellationToken cancellationToken);
}

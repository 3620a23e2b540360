using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;
using Keygen.Webhooks;

namespace Keygen.AspNetCore.Dispatch;

/// <summary>
/// One registered handler. Binding reads the delivery's payload (a payload that does not read fails there, before any
/// claim is taken); the bound call runs the user's code.
/// </summary>
internal abstract class WebhookHandler
{
    /// <exception cref="KeygenSignatureException">The payload is not the document the event type carries.</exception>
    public abstract Func<IServiceProvider, CancellationToken, Task> Bind(KeygenWebhookEvent delivery);

    public static WebhookHandler Typed<TData>(KeygenEventKind<TData> kind, Func<KeygenEvent<TData>, IServiceProvider, CancellationToken, Task> handle) =>
        new TypedHandler<TData>(kind, handle);

    public static WebhookHandler Untyped(Func<KeygenWebhookEvent, IServiceProvider, CancellationToken, Task> handle) => new UntypedHandler(handle);

    private sealed class TypedHandler<TData>(KeygenEventKind<TData> kind, Func<KeygenEvent<TData>, IServiceProvider, CancellationToken, Task> handle) : WebhookHandler
    {
        public override Func<IServiceProvider, CancellationToken, Task> Bind(KeygenWebhookEvent delivery)
        {
            var typed = kind.Read(delivery);
            return (services, cancellationToken) => handle(typed, services, cancellationToken);
        }
    }

    private sealed class UntypedHandler(Func<KeygenWebhookEvent, IServiceProvider, CancellationToken, Task> handle) : WebhookHandler
    {
        public override Func<IServiceProvider, CancellationToken, Task> Bind(KeygenWebhookEvent delivery) =>
            (services, cancellationToken) => handle(delivery, services, cancellationToken);
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keygen.AspNetCore.Dispatch;

/// <summary>
/// One delivery, start to answer. The statuses are chosen for Keygen's worker, which retries any answer but a 2xx (and
/// disables an endpoint that answers 410 or 530, which this never does): 200 when the event was handled now or before,
/// or has no handler; 400 when the delivery is not authentic, fresh and complete; 413 when too large; 409 while another
/// delivery of the event is being handled; 500 when the payload cannot be read or the handler failed.
/// </summary>
internal sealed class DeliveryPipeline(WebhookSettings settings, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var aborted = context.RequestAborted;
        var body = await RequestBody.ReadAsync(request, settings.MaxBodySize, aborted).ConfigureAwait(false);
        if (body is null)
        {
            WebhookLog.TooLarge(logger, settings.MaxBodySize);
            await AnswerAsync(context, StatusCodes.Status413PayloadTooLarge, "too large").ConfigureAwait(false);
            return;
        }

        KeygenWebhookEvent delivery;
        try
        {
            settings.Verifier.Verify(SignedRequest.Of(request, settings.PublicUrl, body));
            delivery = KeygenWebhookEvent.Parse(body);
        }
        catch (KeygenSignatureException refused)
        {
            WebhookLog.Refused(logger, refused.Reason, refused.Message);
            await AnswerAsync(context, StatusCodes.Status400BadRequest, $"refused: {refused.Reason}").ConfigureAwait(false);
            return;
        }

        if (delivery.IdempotencyToken is not { Length: > 0 } token)
        {
            WebhookLog.Refused(logger, VerificationFailureReason.MalformedInput, "the event has no idempotency token, so it could be handled twice");
            await AnswerAsync(context, StatusCodes.Status400BadRequest, "refused: no idempotency token").ConfigureAwait(false);
            return;
        }

        await DispatchAsync(context, delivery, token).ConfigureAwait(false);
    }

    private async Task DispatchAsync(HttpContext context, KeygenWebhookEvent delivery, string token)
    {
        if (settings.Handlers.HandlerFor(delivery.Type) is not { } handler)
        {
            WebhookLog.Ignored(logger, delivery.Type, delivery.Id);
            await AnswerAsync(context, StatusCodes.Status200OK, "ignored").ConfigureAwait(false);
            return;
        }

        Func<IServiceProvider, CancellationToken, Task> handle;
        try
        {
            handle = handler.Bind(delivery);
        }
        catch (KeygenSignatureException unreadable)
        {
            WebhookLog.Unreadable(logger, unreadable, delivery.Type, delivery.Id);
            await AnswerAsync(context, StatusCodes.Status500InternalServerError, "payload unreadable").ConfigureAwait(false);
            return;
        }

        var store = settings.Store ?? context.RequestServices.GetService<IKeygenWebhookStore>() ?? settings.DefaultStore.Value;
        switch (await store.TryClaimAsync(token, context.RequestAborted).ConfigureAwait(false))
        {
            case KeygenWebhookClaim.Handled:
                WebhookLog.Duplicate(logger, delivery.Type, delivery.Id);
                await AnswerAsync(context, StatusCodes.Status200OK, "duplicate").ConfigureAwait(false);
                return;
            case KeygenWebhookClaim.InProgress:
                WebhookLog.InProgress(logger, delivery.Type, delivery.Id);
                await AnswerAsync(context, StatusCodes.Status409Conflict, "in progress").ConfigureAwait(false);
                return;
        }

        try
        {
            await handle(context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            // Given up before anything else: Keygen's retry must find the event unhandled.
            await store.ReleaseAsync(token, CancellationToken.None).ConfigureAwait(false);
            WebhookLog.HandlerFailed(logger, failure, delivery.Type, delivery.Id);
            if (!context.RequestAborted.IsCancellationRequested)
            {
                await AnswerAsync(context, StatusCodes.Status500InternalServerError, "handler failed").ConfigureAwait(false);
            }

            return;
        }

        await store.CompleteAsync(token, CancellationToken.None).ConfigureAwait(false);
        WebhookLog.Handled(logger, delivery.Type, delivery.Id);
        await AnswerAsync(context, StatusCodes.Status200OK, "handled").ConfigureAwait(false);
    }

    /// <summary>A short plain-text word: Keygen records the answer's first 2 KiB as the event's <c>lastResponseBody</c>.</summary>
    private static Task AnswerAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}

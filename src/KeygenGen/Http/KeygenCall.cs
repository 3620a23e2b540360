using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using Keygen.Signatures;

namespace Keygen.Http;

/// <summary>
/// Everything fixed for one call across its attempts: the URL, the chosen credentials, what to redact, the client's settings
/// with the call's <see cref="KeygenCallOptions"/> laid over them, and how to build a fresh <see cref="HttpRequestMessage"/>
/// for each attempt (a message cannot be sent twice).
/// </summary>
internal sealed class KeygenCall
{
    // The options are kept by reference and read on demand, rather than copied field by field, so a call without
    // options costs no more than it did before options existed (the per-call benchmarks count these bytes).
    private readonly KeygenClientSettings _settings;
    private readonly KeygenCallOptions? _options;

    /// <param name="request">The call.</param>
    /// <param name="options">The call's checked options (<see cref="KeygenCallOptions.Snapshot"/>), or null for the client's settings.</param>
    /// <param name="settings">The client's settings.</param>
    /// <param name="clientRetryPolicy">The client's retry policy, used unless the options bring their own retry settings.</param>
    /// <exception cref="KeygenConfigurationException">The options ask for something this client cannot do for this request.</exception>
    public KeygenCall(KeygenRequest request, KeygenCallOptions? options, KeygenClientSettings settings, KeygenRetryPolicy clientRetryPolicy)
    {
        _settings = settings;
        _options = options;
        Request = request;
        Auth = KeygenAuthSelector.Select(request, options?.Auth, settings);
        Redactor = settings.Redactor.With(Auth.SecretValues).With(request.RedactedValues);
        Uri = settings.Endpoint.Resolve(request);
        RedactedUrl = Redactor.RedactUrl(Uri.AbsoluteUri);
        RetryPolicy = options?.Retry is { } retry ? new KeygenRetryPolicy(retry) : clientRetryPolicy;
        if (options is not null)
        {
            CheckOptions(options);
        }
    }

    public KeygenRequest Request { get; }

    public KeygenAuth Auth { get; }

    public KeygenRedactor Redactor { get; }

    public Uri Uri { get; }

    public string RedactedUrl { get; }

    public KeygenRetryPolicy RetryPolicy { get; }

    public string ApiVersion => _options?.ApiVersion ?? _settings.ApiVersion;

    /// <summary>The environment to send, or null for the global environment.</summary>
    public string? Environment => _options?.Environment is { } environment ? NullIfGlobal(environment) : _settings.Environment;

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan Timeout => _options?.Timeout ?? _settings.Timeout;

    /// <summary>Whether <see cref="Timeout"/> came from the call's options rather than the client's (for the message when it expires).</summary>
    public bool TimeoutIsPerCall => _options?.Timeout is not null;

    public HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(Request.Method, Uri);
        HttpRequestHeaders headers = message.Headers;
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Request.Accept));
        headers.Authorization = Auth.CreateHeader();
        headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
        headers.TryAddWithoutValidation("Keygen-Version", ApiVersion);
        if (Environment is not null)
        {
            headers.TryAddWithoutValidation("Keygen-Environment", Environment);
        }

        if (Request.Headers is not null)
        {
            foreach (KeyValuePair<string, string> header in Request.Headers)
            {
                if (!headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    message.Dispose();
                    throw new ArgumentException(
                        $"The extra header '{header.Key}' of operation '{Request.OperationId}' cannot be sent as a request header.",
                        nameof(KeygenRequest.Headers));
                }
            }
        }

        if (_options?.Headers is { } optionHeaders)
        {
            // Checked when the options were snapshotted: each one is sendable and none is the client's or the operation's.
            foreach (KeyValuePair<string, string> header in optionHeaders)
            {
                headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (_options?.RequireSignature == false)
        {
            KeygenSignatureVerifyingHandler.SkipFor(message);
        }

        if (Request.Body is not null)
        {
            message.Content = new ByteArrayContent(Request.Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(KeygenMediaTypes.JsonApi);
        }

        return message;
    }

    private static string? NullIfGlobal(string environment) =>
        environment == KeygenCallOptions.GlobalEnvironment ? null : environment;

    private void CheckOptions(KeygenCallOptions options)
    {
        if (options.RequireSignature == true && _settings.PublicKeys is null)
        {
            throw new KeygenConfigurationException(
                $"The call '{Request.OperationId}' requires a signed response (KeygenCallOptions.RequireSignature), but the client has no " +
                "public key to verify it with: set KeygenClientOptions.PublicKey.");
        }

        if (options.Headers is { } optionHeaders && Request.Headers is not null)
        {
            foreach (string name in optionHeaders.Keys)
            {
                foreach (string own in Request.Headers.Keys)
                {
                    if (string.Equals(name, own, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new KeygenConfigurationException(
                            $"KeygenCallOptions.Headers sets '{name}', which the operation '{Request.OperationId}' sets itself.");
                    }
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Keygen.Http;

/// <summary>
/// Everything fixed for one call across its attempts: the URL, the chosen credentials, what to redact, and how to build a
/// fresh <see cref="HttpRequestMessage"/> for each attempt (a message cannot be sent twice).
/// </summary>
internal sealed class KeygenCall
{
    private readonly KeygenClientSettings _settings;

    public KeygenCall(KeygenRequest request, KeygenAuth auth, KeygenClientSettings settings)
    {
        _settings = settings;
        Request = request;
        Auth = auth;
        Redactor = settings.Redactor.With(auth.SecretValues()).With(request.RedactedValues);
        Uri = settings.Endpoint.Resolve(request);
        RedactedUrl = Redactor.RedactUrl(Uri.AbsoluteUri);
    }

    public KeygenRequest Request { get; }

    public KeygenAuth Auth { get; }

    public KeygenRedactor Redactor { get; }

    public Uri Uri { get; }

    public string RedactedUrl { get; }

    public HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(Request.Method, Uri);
        HttpRequestHeaders headers = message.Headers;
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Request.Accept));
        headers.Authorization = Auth.CreateHeader();
        headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
        headers.TryAddWithoutValidation("Keygen-Version", _settings.ApiVersion);
        if (_settings.Environment is not null)
        {
            headers.TryAddWithoutValidation("Keygen-Environment", _settings.Environment);
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

        if (Request.Body is not null)
        {
            message.Content = new ByteArrayContent(Request.Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(KeygenMediaTypes.JsonApi);
        }

        return message;
    }
}

using System;
using System.Collections.Generic;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Decides whether a response can be handed to the caller and, if not, which exception it raises: error statuses become
/// <see cref="KeygenApiException"/> when they carry a Keygen error document and <see cref="KeygenMalformedResponseException"/>
/// otherwise; a 2xx body in a non-JSON media type, when JSON:API was asked for, is malformed too.
/// </summary>
internal static class KeygenResponseValidator
{
    /// <summary>The exception <paramref name="response"/> must raise, or <see langword="null"/> when it is usable.</summary>
    public static KeygenException? Check(KeygenResponse response, string accept, KeygenRedactor redactor)
    {
        if (response.StatusCode < 400)
        {
            return response.IsSuccessStatusCode ? CheckSuccessBody(response, accept, redactor) : null;
        }

        return ErrorFor(response, redactor);
    }

    private static KeygenMalformedResponseException? CheckSuccessBody(KeygenResponse response, string accept, KeygenRedactor redactor)
    {
        bool expectsJson = KeygenMediaTypes.IsJson(accept);
        if (!expectsJson || response.Body.IsEmpty || response.ContentType is null || KeygenMediaTypes.IsJson(response.ContentType))
        {
            // An empty or unlabelled body is judged by the document reader, which knows whether the operation returns one.
            return null;
        }

        return new KeygenMalformedResponseException(
            $"Keygen answered with a {response.ContentType} body where a JSON:API document was expected; a proxy, captive portal or " +
            $"wrong BaseUrl may have answered instead of Keygen. Body starts: {KeygenErrorMessages.BodyExcerpt(response.Body, redactor)}",
            response);
    }

    private static KeygenException ErrorFor(KeygenResponse response, KeygenRedactor redactor)
    {
        if (response.Body.IsEmpty)
        {
            return response.Method == "HEAD"
                ? Api(response, [], null)
                : new KeygenMalformedResponseException("Keygen answered with an empty body instead of a JSON:API error document", response);
        }

        if (response.ContentType is not null && !KeygenMediaTypes.IsJson(response.ContentType))
        {
            return new KeygenMalformedResponseException(
                $"Keygen answered with a {response.ContentType} body instead of a JSON:API error document; a proxy or gateway may have " +
                $"answered instead of Keygen. Body starts: {KeygenErrorMessages.BodyExcerpt(response.Body, redactor)}",
                response);
        }

        if (!KeygenErrorDocument.TryParse(response.Body, redactor, out IReadOnlyList<KeygenApiError> errors, out string? requestId, out string? problem))
        {
            return new KeygenMalformedResponseException(
                $"Keygen answered with an error body that {problem}. Body starts: {KeygenErrorMessages.BodyExcerpt(response.Body, redactor)}",
                response);
        }

        return Api(response, errors, requestId);
    }

    private static KeygenApiException Api(KeygenResponse response, IReadOnlyList<KeygenApiError> errors, string? requestId) =>
        new(KeygenErrorMessages.ApiError(response, errors, requestId), response, errors, requestId);
}

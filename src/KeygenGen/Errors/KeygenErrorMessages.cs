using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Keygen.Http;

namespace Keygen;

/// <summary>Builds exception messages a person can act on, in one consistent shape. Callers pass redacted text only.</summary>
internal static class KeygenErrorMessages
{
    private const int ExcerptLength = 160;

    /// <summary>Appends the request, status and request id to <paramref name="message"/>.</summary>
    public static string WithContext(string message, KeygenResponse? response, string? requestId = null)
    {
        if (response is null)
        {
            return message;
        }

        return FormattableString.Invariant($"{message.TrimEnd('.')}. Request: {response.Method} {response.RequestUri} ({response.OperationId}); ") +
            FormattableString.Invariant($"status {response.StatusCode} {response.ReasonPhrase}; request id {requestId ?? response.RequestId ?? "(none)"}.");
    }

    /// <summary>The message of a <see cref="KeygenApiException"/>: every (already redacted) error, then a hint when one applies.</summary>
    public static string ApiError(KeygenResponse response, IReadOnlyList<KeygenApiError> errors, string? requestId)
    {
        string described = errors.Count == 0
            ? "no error details"
            : string.Join("; ", errors.Select(e => e.ToString()));
        // Keygen's details often end with a period of their own.
        string message = $"Keygen rejected the call: {described.TrimEnd('.')}.";
        if (Hint(response, errors.FirstOrDefault(e => e.Code is not null)?.Code) is { } hint)
        {
            message += " " + hint;
        }

        return WithContext(message, response, response.RequestId ?? requestId);
    }

    /// <summary>The start of a body, on one line, for messages about bodies that could not be understood.</summary>
    public static string BodyExcerpt(ReadOnlyMemory<byte> body, KeygenRedactor redactor)
    {
        // Redacted before it is cut short: a secret cut in half would no longer be recognised, and its first half would show.
        string text = redactor.Redact(Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, ExcerptLength * 4)]));
        var line = new StringBuilder(ExcerptLength);
        bool space = false;
        foreach (char c in text)
        {
            if (line.Length >= ExcerptLength)
            {
                line.Append('…');
                break;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return "\"" + line + "\"";
    }

    private static string? Hint(KeygenResponse response, string? code) => code switch
    {
        "INVALID_API_VERSION" => "Set KeygenClientOptions.ApiVersion to a version the server supports (e.g. \"1.8\").",
        "ENVIRONMENT_INVALID" or "ENVIRONMENT_NOT_SUPPORTED" => "Check KeygenClientOptions.Environment (an environment id or code; Keygen EE only).",
        _ => response.StatusCode switch
        {
            401 => "Check the credentials: KeygenClientOptions.Token or LicenseKey, or the KeygenAuth passed to WithAuth.",
            403 => "The credentials were accepted but are not allowed to do this; use credentials with the needed permissions.",
            429 => "Keygen is rate limiting this client" + (response.RateLimit is { } limit ? $" ({limit})" : string.Empty) + "; slow down and retry later.",
            _ => null,
        },
    };
}

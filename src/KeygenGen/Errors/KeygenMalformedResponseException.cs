using System;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Keygen's answer could not be understood: an HTML error page (often from a proxy), a wrong content type, invalid or
/// truncated JSON, or an empty body where a document was expected. <see cref="KeygenException.Response"/> holds the raw response.
/// </summary>
public sealed class KeygenMalformedResponseException : KeygenException
{
    /// <summary>Creates the exception; the request, status and request id are appended to <paramref name="message"/>.</summary>
    /// <param name="message">What was wrong with the response; must not contain secrets.</param>
    /// <param name="response">The response that could not be understood.</param>
    /// <param name="innerException">The underlying parse error, if any.</param>
    public KeygenMalformedResponseException(string message, KeygenResponse response, Exception? innerException = null)
        : base(KeygenErrorMessages.WithContext(message, response), response ?? throw new ArgumentNullException(nameof(response)), innerException)
    {
    }

    /// <summary>Creates the exception for a problem found across responses (e.g. a paging loop), with no single response to blame.</summary>
    /// <param name="message">What was wrong; must not contain secrets.</param>
    public KeygenMalformedResponseException(string message)
        : base(message, null, null)
    {
    }
}

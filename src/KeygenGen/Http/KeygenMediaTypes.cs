using System;

namespace Keygen.Http;

/// <summary>The media types Keygen speaks.</summary>
public static class KeygenMediaTypes
{
    /// <summary>JSON:API, the media type of every Keygen document.</summary>
    public const string JsonApi = "application/vnd.api+json";

    /// <summary>Raw bytes, e.g. a license file certificate from <c>GET …/actions/check-out</c>.</summary>
    public const string OctetStream = "application/octet-stream";

    /// <summary>Whether <paramref name="mediaType"/> is a JSON media type (JSON:API, <c>application/json</c> or any <c>+json</c> type).</summary>
    /// <param name="mediaType">A media type without parameters, e.g. from <see cref="KeygenResponse.ContentType"/>.</param>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}

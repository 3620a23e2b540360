using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Hosting;

/// <summary>Content negotiation as Keygen does it: JSON:API by default, plain JSON on request, anything else a 400.</summary>
internal static partial class MediaTypes
{
    public const string JsonApi = "application/vnd.api+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>What downloads (license and machine files) are sent as, whatever was negotiated.</summary>
    public const string OctetStream = "application/octet-stream";

    /// <summary>The response content type for an <c>Accept</c> header, or null when nothing acceptable is offered.</summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return JsonApi;
        }

        var ranges = accept.Split(',')
            .Select((range, index) => (Type: range.Split(';')[0].Trim().ToLowerInvariant(), Quality: QualityOf(range), Index: index))
            .Where(r => r.Quality > 0)
            .OrderByDescending(r => r.Quality)

            // A concrete type beats a wildcard of the same quality wherever it is listed (Keygen answers
            // "*/*, application/json" with plain JSON).
            .ThenBy(r => r.Type.EndsWith('*'))
            .ThenBy(r => r.Index);

        foreach (var range in ranges)
        {
            switch (range.Type)
            {
                case "application/vnd.api+json" or "application/vnd.keygen+json" or "application/octet-stream" or "*/*" or "*" or "application/*":
                    return JsonApi;
                case "application/json":
                    return Json;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a Content-Type (when sent) is <c>type/subtype</c> with optional parameters: Rails refuses any other
    /// (<c>Mime::Type::InvalidMimeType</c>), which Keygen answers as an unacceptable mime type.
    /// </summary>
    public static bool IsWellFormed(string? contentType) =>
        string.IsNullOrEmpty(contentType) || WellFormed().IsMatch(contentType);

    [GeneratedRegex(@"^\s*[\w!#$&^.+-]+/[\w!#$&^.+*-]+\s*(;.*)?$")]
    private static partial Regex WellFormed();

    private static double QualityOf(string range)
    {
        var q = range.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase));
        return q is not null && double.TryParse(q[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 1;
    }
}

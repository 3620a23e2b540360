using System;
using System.Linq;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>Keygen's URL validator: an allowed scheme and a host with a dot-separated top-level domain.</summary>
internal static class UrlRules
{
    public static void Check(ValidationErrors errors, string attribute, string url, params string[] protocols)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            errors.Attribute(attribute, "INVALID", "must be a valid URL");
            return;
        }

        if (!protocols.Contains(uri.Scheme))
        {
            errors.Attribute(attribute, "PROTOCOL_INVALID", "must be a valid URL using one of the following protocols: " + string.Join(", ", protocols));
        }

        var host = uri.Host;
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || host.Length - dot - 1 < 2 || !host[(dot + 1)..].All(char.IsAsciiLetter))
        {
            errors.Attribute(attribute, "HOST_INVALID", "must be a URL with a valid host");
        }
    }

    /// <summary>Whether <paramref name="url"/> passes <see cref="Check"/>.</summary>
    public static bool IsValid(string url, params string[] protocols)
    {
        var errors = new ValidationErrors(string.Empty, string.Empty);
        Check(errors, "url", url, protocols);
        return !errors.Any;
    }
}

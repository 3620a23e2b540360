using System;
using System.Collections.Generic;

namespace Keygen.Distribution;

/// <summary>
/// The <c>Content-Type</c> an upload is stored with, from the artifact's file type, as Keygen's CLI picks it (by extension,
/// <c>application/octet-stream</c> when unknown). Storage serves the artifact back with it.
/// </summary>
internal static class ContentTypes
{
    public const string Default = "application/octet-stream";

    private static readonly Dictionary<string, string> ByFiletype = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zip"] = "application/zip",
        ["gz"] = "application/gzip",
        ["tgz"] = "application/gzip",
        ["tar.gz"] = "application/gzip",
        ["tar"] = "application/x-tar",
        ["json"] = "application/json",
        ["pdf"] = "application/pdf",
        ["txt"] = "text/plain",
        ["xml"] = "application/xml",
        ["dmg"] = "application/x-apple-diskimage",
        ["msi"] = "application/x-msi",
        ["deb"] = "application/vnd.debian.binary-package",
        ["rpm"] = "application/x-rpm",
        ["appimage"] = "application/vnd.appimage",
        ["wasm"] = "application/wasm",
    };

    public static string For(string? filetype) =>
        filetype is not null && ByFiletype.TryGetValue(filetype.TrimStart('.'), out var type) ? type : Default;
}

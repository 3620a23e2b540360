using System;

namespace Keygen.Distribution;

/// <summary>How a presigned storage URL may be shown: its query carries the signature that grants access, so never that.</summary>
internal static class StorageUrls
{
    public static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);
}

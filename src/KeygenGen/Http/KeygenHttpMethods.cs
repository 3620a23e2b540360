using System.ComponentModel;
using System.Net.Http;

namespace Keygen.Http;

/// <summary>
/// HTTP methods that not every target framework names: <c>HttpMethod.Patch</c> exists from .NET Core 2.1 and
/// .NET Standard 2.1 only. Generated clients (the SDK's and those from your own schema entries) use these.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenHttpMethods
{
    /// <summary>PATCH, the method of Keygen's updates.</summary>
    public static HttpMethod Patch { get; } =
#if LEGACY_TARGET
        new("PATCH");
#else
        HttpMethod.Patch;
#endif
}

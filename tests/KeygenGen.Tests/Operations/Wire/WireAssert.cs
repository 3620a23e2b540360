using System.Collections.Generic;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations.Wire;

/// <summary>Asserts everything about a request the server received: method, path, query, headers and body.</summary>
public static class WireAssert
{
    public const string JsonApi = "application/vnd.api+json";

    /// <param name="received">What the server recorded.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The full path, including <c>/v1/accounts/{account}</c>.</param>
    /// <param name="query">Every query parameter, decoded, in order; none when null.</param>
    /// <param name="auth">The kind of credentials sent.</param>
    /// <param name="body">The JSON body, compared by structure; no body (and no Content-Type) when null.</param>
    public static void Request(
        RecordedRequest received,
        string method,
        string path,
        IReadOnlyList<(string Name, string Value)>? query,
        ExpectedAuth auth,
        string? body)
    {
        Assert.Equal(method, received.Method);
        Assert.Equal(path, received.Path);
        Assert.Equal(query ?? [], QueryString.Parse(received.RawQuery));
        Assert.Equal(Authorization(auth), received.Header("Authorization"));
        Assert.Equal(JsonApi, received.Header("Accept"));
        Assert.Equal("1.8", received.Header("Keygen-Version"));
        if (body is null)
        {
            Assert.Empty(received.Body);
            Assert.Null(received.Header("Content-Type"));
        }
        else
        {
            Assert.Equal(JsonApi, received.Header("Content-Type"));
            JsonAssert.Equivalent(body, received.Body);
        }
    }

    private static string? Authorization(ExpectedAuth auth) => auth switch
    {
        ExpectedAuth.Bearer => "Bearer " + Sentinels.Token,
        ExpectedAuth.License => "License " + Sentinels.LicenseKey,
        ExpectedAuth.Basic => "Basic " + Sentinels.BasicCredential,
        _ => null,
    };
}

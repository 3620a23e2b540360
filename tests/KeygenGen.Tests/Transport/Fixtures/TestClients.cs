using System;
using System.Net.Http;
using Keygen.Http;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>Client options and requests the transport tests share.</summary>
public static class TestClients
{
    /// <summary>Options for <paramref name="server"/>: account "acme", the sentinel token, fast retries, a generous timeout.</summary>
    public static KeygenClientOptions Options(KeygenTestServer server) => Options(server.BaseUrl);

    /// <summary>The same options for any host, e.g. one that an in-memory handler stands for.</summary>
    public static KeygenClientOptions Options(Uri baseUrl) => new()
    {
        Account = "acme",
        BaseUrl = baseUrl,
        Token = Sentinels.Token,
        Timeout = TimeSpan.FromSeconds(10),
        Retry = new KeygenRetryOptions
        {
            MaxRetries = 3,
            InitialDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
        },
    };

    public static KeygenClient Client(KeygenTestServer server, Action<KeygenClientOptions>? configure = null)
    {
        KeygenClientOptions options = Options(server);
        configure?.Invoke(options);
        return new KeygenClient(options);
    }

    public static KeygenRequest Get(string path, string operationId = "test.get") =>
        new(HttpMethod.Get, path, operationId, KeygenAuthKinds.Token | KeygenAuthKinds.License);

    public static KeygenRequest Post(string path, string body, string operationId = "test.create") =>
        new(HttpMethod.Post, path, operationId, KeygenAuthKinds.Token | KeygenAuthKinds.License) { Body = System.Text.Encoding.UTF8.GetBytes(body) };
}

using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Emulator.Events.Delivery;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>What counts as a loopback endpoint, and the connect guard that keeps every delivery socket on the loopback.</summary>
public sealed class LoopbackEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/hooks", true)]
    [InlineData("https://127.42.0.9/hooks", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("http://localhost/hooks", true)]
    [InlineData("https://LOCALHOST:443/hooks", true)]
    [InlineData("http://10.0.0.1/hooks", false)]
    [InlineData("http://0.0.0.0/hooks", false)]
    [InlineData("https://hooks.example.com/keygen", false)]
    [InlineData("http://localhost.example.com/hooks", false)]
    [InlineData("ftp://127.0.0.1/hooks", false)]
    [InlineData("not a url", false)]
    public void Only_http_and_https_on_a_loopback_host_count(string url, bool loopback) =>
        Assert.Equal(loopback, LoopbackEndpoints.IsLoopback(url));

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.0.2.1")]
    [InlineData("[2001:db8::1]")]
    public async Task The_connect_guard_opens_no_socket_to_another_address(string host)
    {
        var context = ConnectContext(host);

        var error = await Assert.ThrowsAsync<SocketException>(() => LoopbackEndpoints.ConnectAsync(context, CancellationToken.None).AsTask());

        Assert.Equal(SocketError.HostUnreachable, error.SocketErrorCode);
    }

    private static SocketsHttpConnectionContext ConnectContext(string host)
    {
        // The context has no public constructor; a handler hands one to its callback on a real request.
        SocketsHttpConnectionContext? captured = null;
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            ConnectCallback = (context, _) =>
            {
                captured = context;
                throw new SocketException((int)SocketError.AccessDenied);
            },
        };
        using var client = new HttpClient(handler);
        try
        {
            client.GetAsync($"http://{host}:80/").GetAwaiter().GetResult();
        }
        catch (HttpRequestException)
        {
        }

        return captured!;
    }
}

using System.Net;
using System.Net.Sockets;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>A loopback port nothing listens on, so connecting to it is refused.</summary>
public static class ClosedPort
{
    public static int Find()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

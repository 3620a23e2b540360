using System.IO;
using Keygen;

namespace WebhookBackend;

/// <summary>Stands in for the store's email service: it writes what it would send, never the key itself.</summary>
internal sealed class Mailer(TextWriter output)
{
    public void SendLicenseKey(Order order, License license)
    {
        lock (output)
        {
            output.WriteLine($"Emailed {order.Email} the key of license {license.Id} (order {order.Id})");
        }
    }
}

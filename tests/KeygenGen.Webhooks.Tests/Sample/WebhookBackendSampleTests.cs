using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Webhooks.Tests.Support;
using WebhookBackend;
using Xunit;

namespace Keygen.Webhooks.Tests.Sample;

/// <summary>samples/WebhookBackend, run in-process against the emulator: an order provisions a license, and license.created emails its key.</summary>
public sealed class WebhookBackendSampleTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_order_provisions_a_license_and_its_license_created_webhook_emails_the_key()
    {
        using var timeout = new CancellationTokenSource(Limit);
        using var output = new StringWriter();
        await using var keygen = await KeygenAccount.StartEmulatorAsync(timeout.Token);
        await using var shop = await Shop.StartAsync(keygen, "http://127.0.0.1:0", publicUrl: null, output, timeout.Token);

        var orderId = await shop.PlaceOrderAsync("alice@example.com", timeout.Token);
        var order = shop.Orders.Find(orderId)!;
        await order.KeyEmailedAsync.WaitAsync(timeout.Token);

        Assert.NotNull(order.LicenseId);
        Assert.Equal($"Emailed alice@example.com the key of license {order.LicenseId} (order {orderId})", output.ToString().Trim());
        var license = await keygen.Client.Licenses.GetAsync(order.LicenseId!, timeout.Token);
        Assert.DoesNotContain(license.Key, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_license_made_elsewhere_is_acknowledged_and_emails_nobody()
    {
        using var timeout = new CancellationTokenSource(Limit);
        using var output = new StringWriter();
        await using var keygen = await KeygenAccount.StartEmulatorAsync(timeout.Token);
        await using var shop = await Shop.StartAsync(keygen, "http://127.0.0.1:0", publicUrl: null, output, timeout.Token);

        await keygen.Client.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = keygen.PolicyId }, timeout.Token);
        await keygen.DeliveredAsync(timeout.Token);

        var delivered = Assert.Single(await Deliveries.AllAsync(keygen.Client));
        Assert.Equal((WebhookEventStatus.Delivered, "handled"), (delivered.Status, delivered.LastResponseBody));
        Assert.Empty(output.ToString());
    }
}

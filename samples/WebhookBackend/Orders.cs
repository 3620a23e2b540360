using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace WebhookBackend;

/// <summary>One order: who bought, the license provisioned for it, and whether its key has been emailed.</summary>
internal sealed class Order(string id, string email)
{
    private readonly TaskCompletionSource _keyEmailed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    public string Email { get; } = email;

    public string? LicenseId { get; set; }

    public bool KeyEmailed => _keyEmailed.Task.IsCompleted;

    /// <summary>Completes when the license.created webhook for this order has been handled.</summary>
    public Task KeyEmailedAsync => _keyEmailed.Task;

    public void MarkKeyEmailed() => _keyEmailed.TrySetResult();
}

/// <summary>The store's orders; a real store keeps them in its database.</summary>
internal sealed class OrderBook
{
    private readonly ConcurrentDictionary<string, Order> _orders = new(StringComparer.Ordinal);

    public Order Open(string email)
    {
        var order = new Order(Guid.NewGuid().ToString("N")[..12], email);
        _orders[order.Id] = order;
        return order;
    }

    public Order? Find(string id) => _orders.TryGetValue(id, out var order) ? order : null;
}

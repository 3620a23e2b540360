using System;

namespace Keygen.Emulator.Events.Delivery;

/// <summary>
/// Keygen's WebhookWorker retries: up to 15 (Sidekiq's <c>retry: 15</c>), the n-th (counting from 0) after
/// <c>n⁴ + rand(1..10) × 10 min</c> seconds; an event whose retries are exhausted is marked <c>FAILED</c>.
/// </summary>
internal static class RetrySchedule
{
    public const int MaxRetries = 15;

    public static TimeSpan Delay(int retryCount) =>
        TimeSpan.FromSeconds(Math.Pow(retryCount, 4) + (TimeSpan.FromMinutes(10).TotalSeconds * Random.Shared.Next(1, 11)));
}

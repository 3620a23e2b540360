using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.AspNetCore;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Webhooks.Tests.Endpoint;

/// <summary>The default de-duplication store: claim, complete, release, lapse and forget, on a fake clock.</summary>
public sealed class InMemoryStoreTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_token_is_claimed_once_and_then_handled()
    {
        var store = new InMemoryKeygenWebhookStore(_clock);

        var first = await store.TryClaimAsync("t1", default);
        var whileHandling = await store.TryClaimAsync("t1", default);
        await store.CompleteAsync("t1", default);
        var afterwards = await store.TryClaimAsync("t1", default);

        Assert.Equal((KeygenWebhookClaim.Claimed, KeygenWebhookClaim.InProgress, KeygenWebhookClaim.Handled), (first, whileHandling, afterwards));
    }

    [Fact]
    public async Task A_released_token_can_be_claimed_again()
    {
        var store = new InMemoryKeygenWebhookStore(_clock);
        await store.TryClaimAsync("t1", default);

        await store.ReleaseAsync("t1", default);

        Assert.Equal(KeygenWebhookClaim.Claimed, await store.TryClaimAsync("t1", default));
    }

    [Fact]
    public async Task A_claim_whose_owner_never_finished_lapses()
    {
        var store = new InMemoryKeygenWebhookStore(_clock) { ClaimTimeout = TimeSpan.FromMinutes(5) };
        await store.TryClaimAsync("t1", default);

        _clock.Advance(TimeSpan.FromMinutes(4));
        var stillHeld = await store.TryClaimAsync("t1", default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var takenOver = await store.TryClaimAsync("t1", default);

        Assert.Equal((KeygenWebhookClaim.InProgress, KeygenWebhookClaim.Claimed), (stillHeld, takenOver));
    }

    [Fact]
    public async Task Handled_tokens_are_forgotten_after_the_retention()
    {
        var store = new InMemoryKeygenWebhookStore(_clock) { Retention = TimeSpan.FromDays(4) };
        await store.TryClaimAsync("old", default);
        await store.CompleteAsync("old", default);

        _clock.Advance(TimeSpan.FromDays(4));
        await store.TryClaimAsync("new", default);

        Assert.Equal(1, store.Count);
        Assert.Equal(KeygenWebhookClaim.Claimed, await store.TryClaimAsync("old", default));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_token_have_exactly_one_winner()
    {
        var store = new InMemoryKeygenWebhookStore(_clock);
        using var start = new ManualResetEventSlim();

        var racing = Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await store.TryClaimAsync("t1", default);
        })).ToList();
        start.Set();
        var claims = await Task.WhenAll(racing);

        Assert.Single(claims, c => c == KeygenWebhookClaim.Claimed);
        Assert.Equal(63, claims.Count(c => c == KeygenWebhookClaim.InProgress));
    }
}

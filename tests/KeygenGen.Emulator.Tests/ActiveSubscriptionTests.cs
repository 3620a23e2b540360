using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Keygen's require_active_subscription!: a canceled account answers 403 on the routes whose controllers require an
/// active subscription (before reading the request), and still serves the ones that let it sign in and resubscribe.
/// </summary>
public sealed class ActiveSubscriptionTests
{
    [Fact]
    public async Task A_canceled_account_is_refused_its_resources_but_keeps_its_profile()
    {
        await using var emulator = await KeygenEmulator.StartInProcessAsync();
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = new Uri($"http://api.keygen.sh/v1/accounts/{emulator.AccountId}/") };
        var account = emulator.Data.Account(emulator.AccountId);
        var token = account.TokenFor(account.Create("admin"));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Secret);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.api+json");
        account.Create("billing", attributes: new Dictionary<string, object?> { ["state"] = "canceled" });

        using var machines = await http.PostAsync("machines", null);
        using var me = await http.GetAsync("me");

        Assert.Equal(HttpStatusCode.Forbidden, machines.StatusCode);
        Assert.Contains("Account does not have an active subscription", await machines.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}

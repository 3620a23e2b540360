using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Service;

/// <summary>The account-less routes under /v1: ping, the plan catalogue, sign-up and account recovery.</summary>
public sealed class ServiceOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("health.pingServer")]
    public Task The_server_answers_a_ping_without_credentials() => CoveringAsync(async () =>
    {
        using var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);
        await anonymous.Health.PingServerAsync();
    });

    [Fact]
    [Covers("plans.list", "plans.get")]
    public Task The_plan_catalogue_lists_public_plans_and_reads_any_plan_by_id() => CoveringAsync(async () =>
    {
        var plans = await Keygen.Plans.ListAsync().ToListAsync();
        var free = plans.Single(p => p.Price == 0);
        var read = await Keygen.Plans.GetAsync(free.Id);

        Assert.True(plans.Count >= 2);
        Assert.All(plans, p => Assert.Null(p.Private));
        Assert.Equal((free.Name, free.MaxLicenses, free.Interval), (read.Name, read.MaxLicenses, read.Interval));
        Assert.Contains(plans, p => p.TrialDuration > 0);

        var missing = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Plans.GetAsync(Guid.NewGuid().ToString()));
        Assert.Equal((404, "NOT_FOUND"), (missing.StatusCode, missing.Code));
    });

    [Fact]
    [Covers("accounts.create")]
    public Task A_sign_up_makes_a_new_account_whose_admin_can_log_in_with_its_own_keys() => CoveringAsync(async () =>
    {
        var plan = (await Keygen.Plans.ListAsync().ToListAsync()).First(p => p.TrialDuration > 0);
        var slug = $"acme-{Guid.NewGuid():N}"[..20];
        var email = $"founder-{Guid.NewGuid():N}@example.com";
        using var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);

        var account = await anonymous.Accounts.CreateAsync(new CreateAccountRequest
        {
            Name = "Acme",
            Slug = slug,
            PlanId = plan.Id,
            Admins = [new NewUser { Email = email, Password = Seed.Password, FirstName = "Ada" }],
        });

        Assert.Equal(("Acme", slug, plan.Id), (account.Name, account.Slug, account.PlanId));
        Assert.Equal(AccountStatus.Trialing, account.Status);
        Assert.NotEqual(Emulator.Emulator.AccountId, account.Id);

        // The new account signs with its own key, published in the answer; its admin logs in with email and password.
        var publicKey = Encoding.UTF8.GetString(Convert.FromBase64String(account.PublicKeys!.Ed25519!));
        Assert.NotEqual(Emulator.Emulator.PublicKeyHex, publicKey);
        using var signedUp = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = Emulator.Emulator.BaseUrl,
            Account = slug,
            PublicKey = publicKey,
            Retry = KeygenRetryOptions.Disabled,
        });
        var token = await signedUp.WithAuth(KeygenAuth.Basic(email, Seed.Password)).Tokens.GenerateAsync();
        var admin = await signedUp.WithAuth(KeygenAuth.Bearer(token.Token!)).Users.GetAsync(email);
        Assert.Equal((UserRole.Admin, "Ada", account.Id), (admin.Role, admin.FirstName, admin.AccountId));
        var unknownHere = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.GetAsync(email));
        Assert.Equal(404, unknownHere.StatusCode); // the first account does not see the new account's users

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() => anonymous.Accounts.CreateAsync(new CreateAccountRequest
        {
            Slug = slug,
            PlanId = plan.Id,
            Admins = [new NewUser { Email = email, Password = Seed.Password }],
        }));
        Assert.Equal((422, "SLUG_TAKEN"), (taken.StatusCode, taken.Code));
    });

    [Fact]
    [Covers("accounts.recover")]
    public Task Recovery_is_accepted_for_any_email_so_it_reveals_nothing() => CoveringAsync(async () =>
    {
        using var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);
        await anonymous.Accounts.RecoverAsync(new RecoverAccountRequest { Type = RecoveryType.Account, Email = Emulator.Emulator.AdminEmail });
        await anonymous.Accounts.RecoverAsync(new RecoverAccountRequest { Type = RecoveryType.Account, Email = "nobody@example.com" });
    });
}

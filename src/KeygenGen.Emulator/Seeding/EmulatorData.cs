using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Seeding.Factories;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// The emulator's data, in process only (no HTTP route reaches it): its accounts side by side, the plans they are on,
/// and through <see cref="AccountData"/> every resource, seeded with Keygen's factory defaults and traits.
/// </summary>
public sealed class EmulatorData
{
    private readonly EmulatorStore _store;
    private readonly ResourceRenderers _renderers;
    private readonly SeedFactories _factories = new();
    private readonly ConditionalWeakTable<AccountState, AccountData> _accounts = new();

    internal EmulatorData(EmulatorStore store, ResourceRenderers renderers)
    {
        _store = store;
        _renderers = renderers;
    }

    /// <summary>Every account, oldest first: the emulator's own account, then the ones seeded or signed up.</summary>
    public IReadOnlyList<AccountData> Accounts => _store.Accounts.Select(Of).ToList();

    /// <summary>Every email the emulator's accounts queued (see <see cref="AccountData.Mails"/>), account by account, oldest first.</summary>
    public IReadOnlyList<Mail.SentMail> Mails => Accounts.SelectMany(a => a.Mails).ToList();

    /// <summary>Every plan, oldest first, including private ones.</summary>
    public IReadOnlyList<DataRecord> Plans => _store.Plans.Select(PlanRecord).ToList();

    /// <summary>An account by UUID or slug; an <see cref="ArgumentException"/> when there is none.</summary>
    public AccountData Account(string idOrSlug) =>
        _store.Find(idOrSlug) is { } state ? Of(state) : throw new ArgumentException($"No account '{idOrSlug}'.", nameof(idOrSlug));

    /// <summary>
    /// Makes an account as Keygen's <c>:account</c> factory does: its own signing keys, an admin user (password
    /// <c>password</c>), and a subscription to its plan (the <c>plan</c> attribute: a plan record or id; else a new
    /// plan). Other attributes: <c>id</c>, <c>name</c>, <c>protected</c>, <c>apiVersion</c>, <c>createdAt</c>.
    /// A slug in use is an <see cref="ArgumentException"/>.
    /// </summary>
    public AccountData CreateAccount(string slug, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        var values = SeedValues.Of(attributes);
        var clock = _store.Primary.Clock;
        var now = clock.GetUtcNow();
        var id = values.TakeIfPresent("id")?.String() is { } given ? Guid.Parse(given) : Guid.NewGuid();
        var account = new Model.Account(id, now, slug) { Name = values.TakeIfPresent("name")?.String() ?? "Company " + SeedNames.Hex(3) };
        var plan = values.TakeIfPresent("plan") is { } named ? FindPlan(named) : CreatePlanCore(new SeedValues(), now);
        var state = new AccountState(account, _store.NewAccountKeys(), clock);
        var data = Of(state);
        lock (state.Sync)
        {
            Billings.Start(state, plan, now);
        }

        data.Create("admin");
        data.UpdateAccount(values.Remaining().ToDictionary(v => v.Name, v => v.Raw));
        if (!_store.TryAdd(state))
        {
            state.Keys.Dispose();
            throw new ArgumentException($"The slug '{slug}' is taken.", nameof(slug));
        }

        return data;
    }

    /// <summary>
    /// Makes a plan as Keygen's <c>:plan</c> factory does (named "Ent 1", generous random limits); attributes: <c>id</c>,
    /// <c>name</c>, <c>price</c>, <c>interval</c>, <c>trialDuration</c>, <c>private</c>, <c>max…</c> limits and retention durations.
    /// </summary>
    public DataRecord CreatePlan(IReadOnlyDictionary<string, object?>? attributes = null)
    {
        var plan = CreatePlanCore(SeedValues.Of(attributes), _store.Primary.Now);
        return PlanRecord(plan);
    }

    /// <summary>Assigns attributes to a plan (its limits, price, …); every account on it sees the change.</summary>
    public void UpdatePlan(DataRecord plan, IReadOnlyDictionary<string, object?> attributes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        PlanSeed.Assign(plan.Row as Plan ?? throw new ArgumentException($"{plan} is not a plan.", nameof(plan)), SeedValues.Of(attributes));
    }

    /// <summary>The plan an account is on.</summary>
    public DataRecord PlanOf(AccountData account)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (account.State.Sync)
        {
            return PlanRecord(Billings.Of(account.State).Plan);
        }
    }

    /// <summary>
    /// Makes a coupon code known to the emulated payment provider, so <c>PATCH /billing</c> may apply it
    /// (<c>data.attributes.coupon</c>); an unknown code is a 422, as Stripe refuses it. None is known at start.
    /// </summary>
    public void CreateCoupon(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        _store.AddCoupon(code);
    }

    /// <summary>Removes every plan (those the emulator starts with too), so a test lists exactly the plans it seeds.</summary>
    public void RemovePlans() => _store.RemovePlans();

    private Plan CreatePlanCore(SeedValues values, DateTimeOffset now)
    {
        var plan = PlanSeed.Create(values, now);
        _store.AddPlan(plan);
        return plan;
    }

    private Plan FindPlan(SeedValue value) => value.Raw switch
    {
        DataRecord { Row: Plan plan } => plan,
        _ => _store.FindPlan(value.RequiredString()) ?? throw new ArgumentException($"Attribute 'plan': no plan '{value.Raw}'."),
    };

    private DataRecord PlanRecord(Plan plan) => new(_store.Primary, null, _renderers, plan);

    private AccountData Of(AccountState state) => _accounts.GetValue(state, s => new AccountData(_store, s, _renderers, _factories));
}

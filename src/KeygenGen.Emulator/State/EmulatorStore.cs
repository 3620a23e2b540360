using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Plans;
using Keygen.Emulator.Signing;

namespace Keygen.Emulator.State;

/// <summary>
/// The accounts served by one emulator, addressable by UUID or slug like Keygen's <c>{account}</c> path segment, and
/// the plans they subscribe to. Thread-safe: sign-up and seeding add accounts while other requests look theirs up.
/// </summary>
internal sealed class EmulatorStore
{
    private readonly List<AccountState> _accounts = new();
    private readonly List<Plan> _plans = new(PlanCatalog.All);
    private readonly HashSet<string> _coupons = new(StringComparer.Ordinal);
    private int _keySlots;

    private KeygenEdition _edition;

    /// <summary>Whether new accounts take pooled keys (<see cref="KeygenEmulatorOptions.ReuseSigningKeys"/>).</summary>
    public bool ReuseSigningKeys { get; init; }

    /// <summary>The edition every account answers as; a change reaches the accounts already served.</summary>
    public KeygenEdition Edition
    {
        get => _edition;
        set
        {
            lock (_accounts)
            {
                _edition = value;
                foreach (var account in _accounts)
                {
                    account.Edition = value;
                }
            }
        }
    }

    public IReadOnlyList<AccountState> Accounts
    {
        get
        {
            lock (_accounts)
            {
                return _accounts.ToList();
            }
        }
    }

    /// <summary>The account the emulator was started with; account-less routes answer for it.</summary>
    public AccountState Primary => Accounts[0];

    /// <summary>Every plan, public and private, oldest first (Keygen's plans table).</summary>
    public IReadOnlyList<Plan> Plans
    {
        get
        {
            lock (_plans)
            {
                return _plans.ToList();
            }
        }
    }

    public Plan? FindPlan(string id) => Guid.TryParse(id, out var guid) ? Plans.FirstOrDefault(p => p.Id == guid) : null;

    public void AddPlan(Plan plan)
    {
        lock (_plans)
        {
            _plans.Add(plan);
        }
    }

    public void RemovePlans()
    {
        lock (_plans)
        {
            _plans.Clear();
        }
    }

    /// <summary>Whether the payment provider has a coupon of this code (Stripe's coupon ids are case-sensitive).</summary>
    public bool HasCoupon(string code)
    {
        lock (_coupons)
        {
            return _coupons.Contains(code);
        }
    }

    /// <summary>Makes a coupon known, as a Keygen Cloud operator makes one in Stripe; none is known at start.</summary>
    public void AddCoupon(string code)
    {
        lock (_coupons)
        {
            _coupons.Add(code);
        }
    }

    /// <summary>Signing keys for a new account: fresh, or the next pooled slot when keys are reused.</summary>
    public AccountKeys NewAccountKeys()
    {
        if (!ReuseSigningKeys)
        {
            return new AccountKeys(RandomNumberGenerator.GetBytes(32));
        }

        lock (_accounts)
        {
            return AccountKeys.Pooled(_keySlots++);
        }
    }

    public void Add(AccountState account)
    {
        lock (_accounts)
        {
            account.Edition = _edition;
            _accounts.Add(account);
        }
    }

    /// <summary>Adds <paramref name="account"/> unless its slug is taken (checked and added atomically).</summary>
    public bool TryAdd(AccountState account)
    {
        lock (_accounts)
        {
            if (_accounts.Any(a => string.Equals(a.Account.Slug, account.Account.Slug, StringComparison.Ordinal)))
            {
                return false;
            }

            account.Edition = _edition;
            _accounts.Add(account);
            return true;
        }
    }

    /// <summary>
    /// Forgets every account and every plan but the catalog, then adds the account <paramref name="createPrimary"/> makes
    /// (with the first pooled keys, when keys are reused) as the only one.
    /// </summary>
    public AccountState Reset(Func<EmulatorStore, AccountState> createPrimary)
    {
        List<AccountState> removed;
        lock (_accounts)
        {
            removed = _accounts.ToList();
            _accounts.Clear();
            _keySlots = 0;
        }

        lock (_plans)
        {
            _plans.Clear();
            _plans.AddRange(PlanCatalog.All);
        }

        lock (_coupons)
        {
            _coupons.Clear();
        }

        foreach (var account in removed)
        {
            account.Keys.Dispose();
        }

        var primary = createPrimary(this);
        Add(primary);
        return primary;
    }

    public AccountState? Find(string idOrSlug)
    {
        var accounts = Accounts;
        if (Guid.TryParse(idOrSlug, out var id))
        {
            var byId = accounts.FirstOrDefault(a => a.Account.Id == id);
            if (byId is not null)
            {
                return byId;
            }
        }

        return accounts.FirstOrDefault(a => string.Equals(a.Account.Slug, idOrSlug, StringComparison.Ordinal));
    }
}

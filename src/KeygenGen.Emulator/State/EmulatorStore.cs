using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Emulator.State;

/// <summary>
/// The accounts served by one emulator, addressable by UUID or slug like Keygen's <c>{account}</c> path segment.
/// Thread-safe: sign-up adds accounts while other requests look theirs up.
/// </summary>
internal sealed class EmulatorStore
{
    private readonly List<AccountState> _accounts = new();

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

    public void Add(AccountState account)
    {
        lock (_accounts)
        {
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

            _accounts.Add(account);
            return true;
        }
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

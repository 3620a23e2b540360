using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Emulator.State;

/// <summary>The accounts served by one emulator, addressable by UUID or slug like Keygen's <c>{account}</c> path segment.</summary>
internal sealed class EmulatorStore
{
    private readonly List<AccountState> _accounts = new();

    public IReadOnlyList<AccountState> Accounts => _accounts;

    public void Add(AccountState account) => _accounts.Add(account);

    public AccountState? Find(string idOrSlug)
    {
        if (Guid.TryParse(idOrSlug, out var id))
        {
            var byId = _accounts.FirstOrDefault(a => a.Account.Id == id);
            if (byId is not null)
            {
                return byId;
            }
        }

        return _accounts.FirstOrDefault(a => string.Equals(a.Account.Slug, idOrSlug, StringComparison.Ordinal));
    }
}

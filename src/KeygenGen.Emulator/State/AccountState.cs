using System;
using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.Signing;

namespace Keygen.Emulator.State;

/// <summary>
/// Everything one emulated account owns. Every request against the account runs its handler while holding
/// <see cref="Sync"/>, so handlers see and leave a consistent state (no lost updates, limits hold under load).
/// </summary>
internal sealed class AccountState
{
    private readonly Dictionary<Type, object> _tables = new();
    private readonly HashSet<string> _lockedRows = new();

    public AccountState(Account account, AccountKeys keys, TimeProvider clock)
    {
        Account = account;
        Keys = keys;
        Clock = clock;
    }

    public object Sync { get; } = new();

    public Account Account { get; }

    public AccountKeys Keys { get; }

    /// <summary>The key that encrypts the account's session cookies (Rails' encrypted cookie jar), new with the account.</summary>
    public byte[] CookieKey { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public TimeProvider Clock { get; }

    /// <summary>The emails the account's requests queued (Keygen's mailer jobs), kept instead of sent.</summary>
    public Mail.Outbox Outbox { get; } = new();

    /// <summary>Keygen's per-day request count (RequestCounter), which a trialing or free account may not exceed.</summary>
    public DailyRequestCounter DailyRequests { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The edition the account is served as (the emulator's, see <see cref="EmulatorStore.Edition"/>).</summary>
    public KeygenEdition Edition { get; set; }

    /// <summary>Keygen EE: per-bearer permissions may be set, and are shown.</summary>
    public bool IsEnterprise => Edition == KeygenEdition.Enterprise;

    /// <summary>The environment of the request holding <see cref="Sync"/>; every row outside a request.</summary>
    public EnvironmentScope Scope { get; set; } = EnvironmentScope.Everything;

    /// <summary>Takes a row lock without waiting; false when another request holds it. Not under <see cref="Sync"/>: it is taken before queueing for it.</summary>
    public bool TryLockRow(string row)
    {
        lock (_lockedRows)
        {
            return _lockedRows.Add(row);
        }
    }

    public void UnlockRow(string row)
    {
        lock (_lockedRows)
        {
            _lockedRows.Remove(row);
        }
    }

    /// <summary>The table of one resource type; created on first use so new resource types need no registration here.</summary>
    public EntityTable<T> Table<T>()
        where T : Entity
    {
        if (!_tables.TryGetValue(typeof(T), out var table))
        {
            table = new EntityTable<T>(() => Scope);
            _tables.Add(typeof(T), table);
        }

        return (EntityTable<T>)table;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Emulator.State;

/// <summary>
/// The rows of one resource type in one account. Callers hold the account lock. Every read sees only the rows of the
/// current request's environment (<see cref="EnvironmentScope"/>), so no module needs its own environment filter.
/// </summary>
internal sealed class EntityTable<T>
    where T : Entity
{
    private readonly Dictionary<Guid, T> _rows = new();
    private readonly Func<EnvironmentScope> _scope;

    public EntityTable(Func<EnvironmentScope> scope) => _scope = scope;

    public IEnumerable<T> All
    {
        get
        {
            var scope = _scope();
            return _rows.Values.Where(scope.Sees);
        }
    }

    /// <summary>Every row whatever its environment: for authentication, which applies its own environment rules.</summary>
    public IEnumerable<T> Everywhere => _rows.Values;

    public int Count => All.Count();

    /// <summary>Adds the row, stamping it with the current environment unless it names one already.</summary>
    public void Add(T row)
    {
        if (row.IsEnvironmentScoped)
        {
            row.Environment ??= _scope().Current;
        }

        _rows.Add(row.Id, row);
    }

    public bool Remove(T row) => _rows.Remove(row.Id);

    /// <summary>Gives a stored row another id (seeding a row whose id a test chose); false when the id is taken.</summary>
    public bool ChangeId(T row, Guid id)
    {
        if (_rows.ContainsKey(id) || !_rows.Remove(row.Id))
        {
            return false;
        }

        row.SetId(id);
        _rows.Add(id, row);
        return true;
    }

    public bool Contains(Guid id) => Find(id) is not null;

    /// <summary>A row by id whatever its environment (seeding and authentication apply their own rules).</summary>
    public T? FindEverywhere(Guid id) => _rows.GetValueOrDefault(id);

    public T? Find(Guid id) => _rows.GetValueOrDefault(id) is { } row && _scope().Sees(row) ? row : null;

    /// <summary>Looks a row up by its UUID, or by an alias (e.g. a license key) when the id is not UUID-shaped or matches no row.</summary>
    public T? FindByIdOrAlias(string id, Func<T, string, bool> aliasMatches)
    {
        // Only the bare 36-character form is an id (Keygen's UUID pattern is anchored); .NET would trim whitespace.
        if (id.Length == 36 && Guid.TryParseExact(id, "D", out var guid) && Find(guid) is { } byId)
        {
            return byId;
        }

        // Keygen takes the oldest row when an alias is ambiguous.
        T? oldest = null;
        foreach (var row in All)
        {
            if (aliasMatches(row, id) && (oldest is null || row.Created < oldest.Created))
            {
                oldest = row;
            }
        }

        return oldest;
    }
}

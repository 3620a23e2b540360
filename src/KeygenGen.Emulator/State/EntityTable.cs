using System;
using System.Collections.Generic;

namespace Keygen.Emulator.State;

/// <summary>The rows of one resource type in one account. Callers hold the account lock.</summary>
internal sealed class EntityTable<T>
    where T : Entity
{
    private readonly Dictionary<Guid, T> _rows = new();

    public IEnumerable<T> All => _rows.Values;

    public int Count => _rows.Count;

    public void Add(T row) => _rows.Add(row.Id, row);

    public bool Remove(T row) => _rows.Remove(row.Id);

    public bool Contains(Guid id) => _rows.ContainsKey(id);

    public T? Find(Guid id) => _rows.GetValueOrDefault(id);

    /// <summary>Looks a row up by its UUID, or by an alias (e.g. a license key) when the id is not UUID-shaped or matches no row.</summary>
    public T? FindByIdOrAlias(string id, Func<T, string, bool> aliasMatches)
    {
        if (Guid.TryParse(id, out var guid) && _rows.TryGetValue(guid, out var byId))
        {
            return byId;
        }

        // Keygen takes the oldest row when an alias is ambiguous.
        T? oldest = null;
        foreach (var row in _rows.Values)
        {
            if (aliasMatches(row, id) && (oldest is null || row.Created < oldest.Created))
            {
                oldest = row;
            }
        }

        return oldest;
    }
}

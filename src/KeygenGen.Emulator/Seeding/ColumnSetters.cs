using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// How each attribute a test may seed lands on a stored row of one type, by Keygen's attribute or column name
/// (<c>lastValidatedAt</c> and <c>last_validated_at</c> alike). Assignment skips validation, like FactoryBot's
/// <c>save(validate: false)</c>: a test may put a row in any state the server could reach.
/// </summary>
internal sealed class ColumnSetters<T> : IEnumerable<KeyValuePair<string, Action<SeedBuild, T, SeedValue>>>
    where T : Entity
{
    private readonly Dictionary<string, Action<SeedBuild, T, SeedValue>> _setters = new(StringComparer.Ordinal);

    public ColumnSetters(string type)
    {
        Type = type;
        this["createdAt"] = (_, row, value) => row.Created = value.Time() ?? row.Created;
        this["updatedAt"] = (_, row, value) => row.Updated = value.Time() ?? row.Updated;
        this["id"] = (build, row, value) =>
        {
            if (!build.Account.Table<T>().ChangeId(row, Guid.Parse(value.RequiredString())))
            {
                throw value.Invalid("an id no other row of the type has");
            }
        };
    }

    public string Type { get; }

    /// <summary>Registers a setter under each name (aliases share one setter).</summary>
    public Action<SeedBuild, T, SeedValue> this[params string[] names]
    {
        set
        {
            foreach (var name in names)
            {
                _setters[SeedValues.Normalize(name)] = value;
            }
        }
    }

    /// <summary>Assigns every value no one has taken yet; an attribute no setter knows is an error naming it.</summary>
    public void Apply(SeedBuild build, T row)
    {
        foreach (var value in build.Values.Remaining())
        {
            if (!_setters.TryGetValue(SeedValues.Normalize(value.Name), out var set))
            {
                throw new ArgumentException(
                    $"Seeding {Type}: unknown attribute '{value.Name}'. Known: {string.Join(", ", _setters.Keys.Order(StringComparer.Ordinal))}.");
            }

            set(build, row, value);
        }
    }

    public IEnumerator<KeyValuePair<string, Action<SeedBuild, T, SeedValue>>> GetEnumerator() => _setters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

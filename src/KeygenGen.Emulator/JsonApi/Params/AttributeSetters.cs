using System;
using System.Collections;
using System.Collections.Generic;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>
/// How each writable attribute lands on a resource. <see cref="Apply"/> runs the setters of the attributes a
/// request actually sent, so attributes left out of a PATCH keep their values.
/// </summary>
internal sealed class AttributeSetters<T> : IEnumerable<KeyValuePair<string, Action<T, Fields, string>>>
{
    private readonly Dictionary<string, Action<T, Fields, string>> _setters = new();

    public Action<T, Fields, string> this[string attribute]
    {
        set => _setters[attribute] = value;
    }

    public void Apply(T entity, Fields attributes)
    {
        foreach (var (name, set) in _setters)
        {
            if (attributes.Has(name))
            {
                set(entity, attributes, name);
            }
        }
    }

    public IEnumerator<KeyValuePair<string, Action<T, Fields, string>>> GetEnumerator() => _setters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

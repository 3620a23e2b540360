using System;
using System.Collections.Generic;

namespace Keygen.Serialization;

/// <summary>
/// A value that may be left unset. Update (PATCH) requests use it to tell "leave unchanged" (the default,
/// nothing is sent) from "set to null" (<c>Expiry = null</c> sends <c>"expiry": null</c>).
/// </summary>
/// <typeparam name="T">The property type; nullable when the attribute may be cleared.</typeparam>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>Creates a set value.</summary>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>Whether a value was set (possibly <c>null</c>).</summary>
    public bool HasValue { get; }

    /// <summary>The value; throws when unset, so an unset value is never mistaken for a default.</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional value is not set.");

    /// <summary>Sets a value, so that <c>request.Name = "x"</c> and <c>request.Expiry = null</c> read naturally.</summary>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <inheritdoc />
    public bool Equals(Optional<T> other)
        => HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <summary>Compares two optionals by presence and value.</summary>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Compares two optionals by presence and value.</summary>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => HasValue ? $"{_value}" : "(unset)";
}

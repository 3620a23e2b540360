namespace Keygen.Serialization;

/// <summary>An extensible string enum: known values are static members; unknown server values are kept as they are.</summary>
public interface IKeygenEnum
{
    /// <summary>The value as Keygen sends it, e.g. <c>NO_MACHINE</c>.</summary>
    string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    bool IsKnown { get; }
}

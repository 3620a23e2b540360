namespace Keygen;

/// <summary>The part of a request a Keygen error points at (<c>errors[].source</c>).</summary>
public sealed class KeygenErrorSource
{
    internal KeygenErrorSource(string? pointer, string? parameter, string? header)
    {
        Pointer = pointer;
        Parameter = parameter;
        Header = header;
    }

    /// <summary>A JSON pointer into the request body, e.g. <c>/data/attributes/fingerprint</c>.</summary>
    public string? Pointer { get; }

    /// <summary>A query parameter, e.g. <c>page[size]</c>.</summary>
    public string? Parameter { get; }

    /// <summary>A request header, e.g. <c>Keygen-Environment</c>.</summary>
    public string? Header { get; }

    /// <summary>Describes the source, e.g. <c>pointer /data/attributes/fingerprint</c>.</summary>
    public override string ToString() =>
        Pointer is not null ? "pointer " + Pointer
        : Parameter is not null ? "parameter " + Parameter
        : Header is not null ? "header " + Header
        : "no source";
}

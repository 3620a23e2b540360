namespace Keygen.Emulator.Http;

/// <summary>Where in the request an error points: a JSON pointer into the body, a query parameter or a header.</summary>
internal sealed record ErrorSource(string Kind, string Value)
{
    public static ErrorSource Pointer(string pointer) => new("pointer", pointer);

    public static ErrorSource Parameter(string parameter) => new("parameter", parameter);

    public static ErrorSource Header(string header) => new("header", header);
}

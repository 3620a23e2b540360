namespace Keygen.Emulator.Http;

/// <summary>One entry of a JSON:API <c>errors</c> array, with the HTTP status it is answered with.</summary>
internal sealed record ApiError(int Status, string Title, string? Detail, string? Code = null, ErrorSource? Source = null, string? About = null);

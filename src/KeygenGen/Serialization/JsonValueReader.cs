using System.Text.Json;

namespace Keygen.Serialization;

/// <summary>Reads one JSON value at the reader's current token (generated per model, enum and object).</summary>
public delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);

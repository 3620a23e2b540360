using System.Text.Json.Serialization;

namespace KeygenGen.Benchmarks.Peers.HandWritten;

/// <summary>Source-generated (reflection-free) serialization for the hand-written documents; shared by the Refit peer.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LicenseDocument))]
[JsonSerializable(typeof(LicenseListDocument))]
[JsonSerializable(typeof(ValidationDocument))]
[JsonSerializable(typeof(CreateLicenseDocument))]
[JsonSerializable(typeof(ValidateKeyDocument))]
public sealed partial class HandWrittenJsonContext : JsonSerializerContext;

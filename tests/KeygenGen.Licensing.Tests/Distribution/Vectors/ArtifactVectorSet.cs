using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Keygen;
using Keygen.Distribution;

namespace KeygenGen.Licensing.Tests.Distribution.Vectors;

/// <summary>The output of make-artifact-vectors.mjs (@noble/curves, not the SDK), loaded once.</summary>
internal sealed record ArtifactVectorSet(string Generator, string ProductId, string SigningKey, string PublicKey, string OtherPublicKey, IReadOnlyList<ArtifactVector> Vectors)
{
    public static ArtifactVectorSet Instance { get; } = JsonSerializer.Deserialize<ArtifactVectorSet>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Distribution", "Vectors", "artifact-vectors.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}

internal sealed record ArtifactVector(string Name, string Algorithm, string Content, long Filesize, string Checksum, string Signature, bool Valid, string? Reason)
{
    public byte[] Bytes => Convert.FromBase64String(Content);

    public ArtifactSignatureAlgorithm SignatureAlgorithm => Enum.Parse<ArtifactSignatureAlgorithm>(Algorithm);

    /// <summary>The artifact as Keygen would list it.</summary>
    public Artifact ToArtifact() => new() { Id = Guid.NewGuid().ToString(), Filename = "studio.bin", Filesize = Filesize, Checksum = Checksum, Signature = Signature };

    public override string ToString() => Name;
}

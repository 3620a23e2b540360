using System;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;
using Keygen.Emulator.Storage;

namespace Keygen.Emulator.Model;

/// <summary>A file of a release, uploaded to (fake) storage through a presigned URL and downloaded the same way.</summary>
internal sealed class Artifact : Entity, IProductScoped
{
    public Artifact(Guid id, DateTimeOffset created, Release release, string filename)
        : base(id, created)
    {
        Release = release;
        Filename = filename;
    }

    public Release Release { get; }

    public Product Product => Release.Product;

    public string Filename { get; set; }

    public string? Filetype { get; set; }

    public long? Filesize { get; set; }

    public string? Platform { get; set; }

    public string? Arch { get; set; }

    public string? Signature { get; set; }

    public string? Checksum { get; set; }

    public string Status { get; set; } = ArtifactStatuses.Waiting;

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The uploaded bytes in the object store, once storage received them.</summary>
    public StoredObject? Object { get; set; }

    /// <summary>Signs this artifact's presigned storage URLs, so only URLs the emulator handed out work.</summary>
    public byte[] StorageSecret { get; } = RandomNumberGenerator.GetBytes(32);

    /// <summary>Keygen's <c>downloadable?</c>: uploaded, and its release not yanked.</summary>
    public bool IsDownloadable => Status == ArtifactStatuses.Uploaded && Release.Status != ReleaseStatuses.Yanked;
}

/// <summary>The upload statuses of an artifact.</summary>
internal static class ArtifactStatuses
{
    public const string Waiting = "WAITING";
    public const string Uploaded = "UPLOADED";
}

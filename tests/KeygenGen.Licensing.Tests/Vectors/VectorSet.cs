using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Keygen.Signatures;
using Microsoft.Extensions.Time.Testing;

namespace KeygenGen.Licensing.Tests.Vectors;

/// <summary>The output of make-vectors.mjs (Node's crypto, not the SDK), loaded once.</summary>
internal sealed record VectorSet(
    DateTimeOffset Now,
    VectorKeys Keys,
    string LicenseKey,
    string Fingerprint,
    FingerprintVector MachineFingerprint,
    IReadOnlyList<MessageVector> Responses,
    WebhookVector Webhook,
    IReadOnlyList<CertificateVector> LicenseFiles,
    IReadOnlyList<SignedKeyVector> SignedKeys)
{
    public static VectorSet Instance { get; } = JsonSerializer.Deserialize<VectorSet>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "vectors.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public KeygenPublicKeys PublicKeys => new(Ed25519PublicKey.Parse(Keys.Ed25519Hex), RsaPublicKey.Parse(Keys.RsaPem));

    public MessageVector Response(string name) => Responses.Single(r => r.Name == name);

    public CertificateVector LicenseFile(string name) => LicenseFiles.Single(f => f.Name == name);

    /// <summary>Options whose clock stands at the vectors' "now", moved by <paramref name="offset"/>.</summary>
    public KeygenVerificationOptions ClockAt(TimeSpan offset = default) => new() { TimeProvider = new FakeTimeProvider(Now + offset) };
}

internal sealed record VectorKeys(
    string Ed25519Hex, string Ed25519AccountMeta, string OtherEd25519Hex, string RsaPem, string RsaPkcs1Pem, string RsaAccountMeta, string OtherRsaPem);

internal sealed record MessageVector(string Name, string Method, string Target, string Host, string Body, Dictionary<string, string> Headers)
{
    public SignatureHeaders SignatureHeaders => SignatureHeaders.FromLookup(Header);

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public SignedHttpMessage ToMessage() => new(Method, Target, Host, SignatureHeaders, Encoding.UTF8.GetBytes(Body));
}

internal sealed record WebhookVector(
    string Url, string Payload, string Name, string Method, string Target, string Host, string Body, Dictionary<string, string> Headers)
{
    public MessageVector Message => new(Name, Method, Target, Host, Body, Headers);
}

internal sealed record CertificateVector(string Name, string Kind, string Algorithm, string Certificate, FileMeta? Meta);

internal sealed record FileMeta(DateTimeOffset Issued, DateTimeOffset? Expiry, long? Ttl);

internal sealed record FingerprintVector(string Salt, string MachineId, string Expected);

internal sealed record SignedKeyVector(string Scheme, string Dataset, string Key, string? Note);

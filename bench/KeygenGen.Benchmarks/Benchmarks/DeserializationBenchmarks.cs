using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Keygen;
using Keygen.Http;
using Keygen.Serialization;
using Keygen.Serialization.Converters;
using KeygenGen.Benchmarks.Canned;
using KeygenGen.Benchmarks.Peers;
using KeygenGen.Benchmarks.Peers.HandWritten;

namespace KeygenGen.Benchmarks.Benchmarks;

/// <summary>
/// Reading the 100-license page document from bytes already in memory, without HTTP: KeygenGen's JSON:API reader (the one
/// generated clients use) against System.Text.Json's source-generated deserializer over the hand-written documents.
/// </summary>
[MicroJob]
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private readonly byte[] _page = KeygenDocuments.Page;
    private KeygenResponse _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The reader takes a KeygenResponse; get a real one, kept whole by the capture (it is read again and again).
        using var clients = new PeerClients();
        using var capture = KeygenResponseCapture.Start();
        clients.KeygenGen.Licenses.ListPageAsync(new ListLicensesRequest { PageSize = KeygenDocuments.PageSize }).GetAwaiter().GetResult();
        _response = capture.Last ?? throw new InvalidOperationException("No response was captured.");

        int keygenGen = KeygenGen().Data.Count;
        int handWritten = HandWritten().Data!.Count;
        if (keygenGen != KeygenDocuments.PageSize || handWritten != KeygenDocuments.PageSize || !_response.Body.Span.SequenceEqual(_page))
        {
            throw new InvalidOperationException($"Expected {KeygenDocuments.PageSize} licenses from the same bytes; read {keygenGen} (KeygenGen) and {handWritten} (hand-written).");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen (hand-written)")]
    public LicenseListDocument HandWritten() =>
        JsonSerializer.Deserialize(_page, HandWrittenJsonContext.Default.LicenseListDocument) ?? throw new JsonException("null document");

    [Benchmark(Description = "KeygenGen JsonApiDocumentReader")]
    public KeygenPage<License> KeygenGen() => JsonApiDocumentReader.ReadPage(_response, LicenseJsonConverter.ReadValue);
}

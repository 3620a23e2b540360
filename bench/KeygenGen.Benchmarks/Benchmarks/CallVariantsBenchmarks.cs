using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Keygen;
using Keygen.Http;
using KeygenGen.Benchmarks.Canned;
using KeygenGen.Benchmarks.Peers;

namespace KeygenGen.Benchmarks.Benchmarks;

/// <summary>
/// The same KeygenGen call (get one license) in the ways a user can make it, against the plain call as baseline: with per-call
/// options, with its typed response kept, and with an OpenTelemetry-style listener on the <c>Keygen</c> meter and activity
/// source. The plain call has no listener, so next to <see cref="PerCallBenchmarks"/> it shows that telemetry costs nothing
/// while nobody listens, and the listened call what it costs when someone does.
/// </summary>
[MicroJob]
[MemoryDiagnoser]
public class CallVariantsBenchmarks
{
    private static readonly KeygenCallOptions Sandbox = new() { Environment = "sandbox", Timeout = System.TimeSpan.FromSeconds(5) };

    private readonly string _id = KeygenDocuments.LicenseId(0);
    private PeerClients _clients = null!;
    private MeterListener? _meters;
    private ActivityListener? _activities;

    [GlobalSetup]
    public void Setup() => _clients = new PeerClients();

    /// <summary>Listens to the Keygen meter and activity source, as an OpenTelemetry pipeline with AddMeter and AddSource would.</summary>
    [GlobalSetup(Target = nameof(Get_Listened))]
    public void SetupListened()
    {
        Setup();
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == KeygenTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KeygenTelemetry.ActivitySourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _meters?.Dispose();
        _activities?.Dispose();
        _clients.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<License> Get() => _clients.KeygenGen.Licenses.GetAsync(_id);

    [Benchmark]
    public Task<License> Get_CallOptions() => _clients.KeygenGen.Licenses.GetAsync(_id, Sandbox);

    [Benchmark]
    public Task<KeygenResponse<License>> Get_WithResponse() => _clients.KeygenGen.Licenses.GetWithResponseAsync(_id);

    [Benchmark]
    public Task<License> Get_Listened() => _clients.KeygenGen.Licenses.GetAsync(_id);
}

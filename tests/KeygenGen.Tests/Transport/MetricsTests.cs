using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>
/// The <c>Keygen</c> meter: call duration by operation and outcome, attempts, retries and the rate limit left, with OpenTelemetry
/// HTTP attribute names; read through a <see cref="MeterListener"/> and through a real OpenTelemetry pipeline. Other tests call
/// their own servers at the same time, so each test keeps only the measurements tagged with its server's port.
/// </summary>
public sealed class MetricsTests : KeygenServerTest
{
    [Fact]
    public async Task A_retried_call_is_one_duration_two_attempts_one_retry_and_the_limit_left()
    {
        using var recorder = new MeasurementRecorder(Server.BaseUrl.Port);
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        Server.Fallback = Replies.Json(200, "{}", ("X-RateLimit-Window", "1m"), ("X-RateLimit-Remaining", "41"));
        using KeygenClient client = TestClients.Client(Server);

        await client.SendAsync(TestClients.Get("/licenses", "licenses.list"));

        Measurement duration = Assert.Single(recorder.Of("keygen.client.operation.duration"));
        Assert.Equal("licenses.list", duration.Tags["keygen.operation"]);
        Assert.Equal("GET", duration.Tags["http.request.method"]);
        Assert.Equal("127.0.0.1", duration.Tags["server.address"]);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.False(duration.Tags.ContainsKey("error.type"));
        Assert.InRange(duration.Value, 0, 60);
        Assert.Equal(
            [(0, 503, "503"), (1, 200, null)],
            recorder.Of("keygen.client.attempts").Select(a => ((int)a.Tags["http.request.resend_count"]!, (int)a.Tags["http.response.status_code"]!, (string?)a.Tags.GetValueOrDefault("error.type"))));
        Measurement retry = Assert.Single(recorder.Of("keygen.client.retries"));
        Assert.Equal(503, retry.Tags["http.response.status_code"]);
        Measurement remaining = Assert.Single(recorder.Of("keygen.client.rate_limit.remaining"));
        Assert.Equal(41, remaining.Value);
        Assert.Equal("1m", remaining.Tags["keygen.rate_limit.window"]);
    }

    [Fact]
    public async Task A_refused_call_is_tagged_with_keygens_error_code()
    {
        using var recorder = new MeasurementRecorder(Server.BaseUrl.Port);
        Server.Fallback = Replies.Error(422, "MACHINE_LIMIT_EXCEEDED", "Unprocessable resource", "too many");
        using KeygenClient client = TestClients.Client(Server);

        await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(TestClients.Post("/machines", "{}", "machines.create")));

        Measurement duration = Assert.Single(recorder.Of("keygen.client.operation.duration"));
        Assert.Equal("machines.create", duration.Tags["keygen.operation"]);
        Assert.Equal(422, duration.Tags["http.response.status_code"]);
        Assert.Equal("MACHINE_LIMIT_EXCEEDED", duration.Tags["error.type"]);
        Assert.Equal("422", Assert.Single(recorder.Of("keygen.client.attempts")).Tags["error.type"]);
        Assert.Empty(recorder.Of("keygen.client.retries"));
    }

    [Fact]
    public async Task An_unreachable_server_is_tagged_with_the_fault_and_every_retry_counted()
    {
        int port = ClosedPort.Find();
        using var recorder = new MeasurementRecorder(port);
        using var client = new KeygenClient(TestClients.Options(new Uri($"http://127.0.0.1:{port}")));

        await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Get("/licenses")));

        Measurement duration = Assert.Single(recorder.Of("keygen.client.operation.duration"));
        Assert.Equal(typeof(KeygenTransportException).FullName, duration.Tags["error.type"]);
        Assert.False(duration.Tags.ContainsKey("http.response.status_code"));
        Assert.Equal(4, recorder.Of("keygen.client.attempts").Count);
        Assert.Equal(3, recorder.Of("keygen.client.retries").Count);
        Assert.All(recorder.Of("keygen.client.attempts"), a => Assert.Equal(typeof(System.Net.Http.HttpRequestException).FullName, a.Tags["error.type"]));
    }

    [Fact]
    public async Task An_OpenTelemetry_pipeline_with_AddMeter_Keygen_exports_the_instruments()
    {
        var exported = new List<MetricSnapshot>();
        using MeterProvider provider = Sdk.CreateMeterProviderBuilder().AddMeter(KeygenTelemetry.MeterName).AddInMemoryExporter(exported).Build();
        Server.Fallback = Replies.Json(200, "{}", ("X-RateLimit-Remaining", "7"));
        using KeygenClient client = TestClients.Client(Server);

        await client.SendAsync(TestClients.Get("/licenses", "otel.check"));
        provider.ForceFlush();

        MetricSnapshot duration = Assert.Single(exported, m => m.Name == "keygen.client.operation.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Equal(MetricType.Histogram, duration.MetricType);
        Assert.Contains(duration.MetricPoints, p => Tags(p).Contains(new("keygen.operation", "otel.check")) && p.GetHistogramCount() == 1);
        Assert.Contains(exported, m => m.Name == "keygen.client.attempts");
        Assert.Contains(exported, m => m.Name == "keygen.client.rate_limit.remaining");
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (KeyValuePair<string, object?> tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);

    /// <summary>Listens to the Keygen meter and keeps the measurements of calls to one port.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();
        private readonly int _port;

        public MeasurementRecorder(int port)
        {
            _port = port;
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == KeygenTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
            _listener.Start();
        }

        public List<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

        public void Dispose() => _listener.Dispose();

        private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var dictionary = new Dictionary<string, object?>();
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                dictionary[tag.Key] = tag.Value;
            }

            if (dictionary.GetValueOrDefault("server.port") is int port && port == _port)
            {
                _measurements.Enqueue(new Measurement(instrument.Name, value, dictionary));
            }
        }
    }
}

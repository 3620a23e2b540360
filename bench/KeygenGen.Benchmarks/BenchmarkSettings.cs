using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace KeygenGen.Benchmarks;

/// <summary>
/// How the benchmarks run. In-process (no per-run harness build), so that the whole suite stays within the 10-minute
/// budget on 2 cores; each class picks one of the jobs below.
/// </summary>
public static class BenchmarkSettings
{
    /// <summary>Calls of microseconds to milliseconds: 3 warmup and 8 measured iterations of about 200 ms each.</summary>
    public static Job Micro { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(3)
        .WithIterationCount(8)
        .WithIterationTime(TimeInterval.FromMilliseconds(200))
        .WithId("InProcess");

    /// <summary>
    /// Runs of up to seconds (generator, compiler): each invocation measured on its own, 1 warmup, 3 measured. The in-process
    /// toolchain gives a benchmark 5 minutes by default; the library's compile can take longer on a loaded machine.
    /// </summary>
    public static Job Monitoring { get; } = Job.Default
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithId("InProcessMonitoring");

    public static IConfig Create() => DefaultConfig.Instance
        .WithSummaryStyle(DefaultConfig.Instance.SummaryStyle.WithMaxParameterColumnWidth(40));
}

/// <summary>Runs the class with <see cref="BenchmarkSettings.Micro"/>.</summary>
public sealed class MicroJobAttribute() : JobConfigBaseAttribute(BenchmarkSettings.Micro);

/// <summary>Runs the class with <see cref="BenchmarkSettings.Monitoring"/>.</summary>
public sealed class MonitoringJobAttribute() : JobConfigBaseAttribute(BenchmarkSettings.Monitoring);

using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
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
    private const string Before = "before";
    private const string After = "after";

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

    /// <summary>
    /// The same benchmarks against two builds of KeygenGen side by side in one run: <paramref name="baselineProject"/>
    /// (the KeygenGen.csproj of an earlier checkout, the baseline) and this tree's. Each build gets its own harness process
    /// (the in-process jobs cannot load two copies of the library), with the iterations of <see cref="Micro"/>.
    /// </summary>
    public static IConfig BeforeAfter(string baselineProject)
    {
        var job = Job.Default.WithWarmupCount(3).WithIterationCount(8).WithIterationTime(TimeInterval.FromMilliseconds(200));
        return ManualConfig.Create(Create())
            .AddJob(job.WithArguments([new MsBuildArgument($"/p:KeygenGenBaselineProject={baselineProject}")]).WithId(Before).AsBaseline())
            .AddJob(job.WithId(After))
            .AddDiagnoser(MemoryDiagnoser.Default)
            // The classes' own [MicroJob] adds its in-process job to these two (a class attribute's config is merged into
            // this one, and only the attribute could opt out of that); the filter keeps the two compared builds only.
            .AddFilter(new SimpleFilter(benchmark => benchmark.Job.Id is Before or After))
            // Each job builds the whole benchmark project (library and generator); 2 minutes is too short on a shared machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(20));
    }
}

/// <summary>Runs the class with <see cref="BenchmarkSettings.Micro"/>.</summary>
public sealed class MicroJobAttribute() : JobConfigBaseAttribute(BenchmarkSettings.Micro);

/// <summary>Runs the class with <see cref="BenchmarkSettings.Monitoring"/>.</summary>
public sealed class MonitoringJobAttribute() : JobConfigBaseAttribute(BenchmarkSettings.Monitoring);

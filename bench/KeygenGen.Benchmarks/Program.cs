using System.IO;
using BenchmarkDotNet.Running;
using KeygenGen.Benchmarks;
using KeygenGen.Benchmarks.GeneratorCost;

// dotnet run -c Release --project bench/KeygenGen.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
// dotnet run -c Release --project bench/KeygenGen.Benchmarks -- --generator-steps   (the share of cached generator steps)
if (args is ["--generator-steps"])
{
    GeneratorStepReport.Print();
    return;
}

// dotnet run -c Release --project bench/KeygenGen.Benchmarks -- --before-after <an earlier checkout's src/KeygenGen/KeygenGen.csproj> --filter '*PerCall*_KeygenGen'
if (args is ["--before-after", var baselineProject, .. var rest])
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSettings).Assembly).Run(rest, BenchmarkSettings.BeforeAfter(Path.GetFullPath(baselineProject)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSettings).Assembly).Run(args, BenchmarkSettings.Create());

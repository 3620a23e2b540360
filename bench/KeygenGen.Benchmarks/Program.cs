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

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSettings).Assembly).Run(args, BenchmarkSettings.Create());

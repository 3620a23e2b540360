using BenchmarkDotNet.Running;
using KeygenGen.Benchmarks;

// dotnet run -c Release --project bench/KeygenGen.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSettings).Assembly).Run(args, BenchmarkSettings.Create());

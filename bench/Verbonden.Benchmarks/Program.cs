using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Verbonden.Benchmarks -- --filter '*Allocat*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

namespace StaticChronicle.Tests.Extraction;

/// <summary>Tests that time CPU: xunit runs this collection on its own, after the parallel ones.</summary>
[CollectionDefinition(nameof(CpuTimedTests), DisableParallelization = true)]
public sealed class CpuTimedTests;

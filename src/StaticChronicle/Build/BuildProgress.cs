namespace StaticChronicle.Build;

/// <summary>A progress report: the stage and, for stages with many items, how many are done.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);

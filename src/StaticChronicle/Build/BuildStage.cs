namespace StaticChronicle.Build;

/// <summary>The steps a build reports progress on, in order.</summary>
public enum BuildStage
{
    ReadSeeds,
    LoadTemplates,
    PlanPages,
    RenderPages,
    WriteData,
    IndexSearch,
    Publish,
}

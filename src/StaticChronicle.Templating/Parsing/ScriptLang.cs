namespace StaticChronicle.Templating.Parsing;

/// <summary>The language flavour: the default Scriban language or its scientific variant.</summary>
public enum ScriptLang
{
    Default,

    /// <summary>Reads <c>|</c> and <c>&amp;</c> between values as binary or/and (array union/intersection).</summary>
    Scientific,
}

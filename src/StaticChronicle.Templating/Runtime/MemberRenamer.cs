using System.Reflection;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Gives the template name of a .NET member (by default <c>PublishedOn</c> → <c>published_on</c>).</summary>
public delegate string MemberRenamer(MemberInfo member);

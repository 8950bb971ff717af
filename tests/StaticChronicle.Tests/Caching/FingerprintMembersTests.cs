using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticChronicle.Build;
using StaticChronicle.Caching;
using StaticChronicle.Site;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Caching;

/// <summary>
/// A page is re-rendered only when its fingerprint changes, so the fingerprint must cover everything a template
/// can read: for every object type the site's pages hand to templates, the members Scriban's accessor lists are
/// exactly the members the fingerprint hashes.
/// </summary>
public sealed class FingerprintMembersTests
{
    [Fact]
    public void An_array_of_our_records_hashes_as_a_list_of_the_same_records()
    {
        // The extraction cache gives back arrays where a fresh extraction holds lists; a template sees them alike.
        var people = new List<StaticChronicle.Content.PersonMention>
        {
            new("to-lam", "To Lam", true, ["General Secretary"], "To Lam met the visitors."),
            new("ishiba-shigeru", "Ishiba Shigeru", true, [], "Ishiba welcomed him.") { Participant = false },
        };

        // (object): an array passed as such would bind to Of(params ReadOnlySpan<object?>), a different question.
        Assert.Equal(new ModelFingerprint().Of(people), new ModelFingerprint().Of((object)people.ToArray()));
        Assert.NotEqual(new ModelFingerprint().Of(people), new ModelFingerprint().Of((object)people.Take(1).ToArray()));
    }

    [Fact]
    public void Every_member_scriban_exposes_on_a_page_model_is_in_the_fingerprint_and_nothing_else()
    {
        var model = SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles);
        var context = new TemplateContext();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var types = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var pending = new Stack<object?>();
        pending.Push(model.Info);
        foreach (var job in PagePlanner.Plan(model))
        {
            pending.Push(job.Page);
            foreach (var value in job.Model.Values)
            {
                pending.Push(value is LazyModelValue lazy ? lazy.Value : value);
            }
        }

        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (value is null or string || value.GetType().IsPrimitive || value.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true && value is not IEnumerable || !seen.Add(value))
            {
                continue;
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    pending.Push(entry.Value);
                }

                continue;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    pending.Push(item);
                }

                continue;
            }

            types.TryAdd(value.GetType().FullName!, value);
            var accessor = context.GetMemberAccessor(value);
            foreach (var name in accessor.GetMembers(context, new SourceSpan(), value))
            {
                Assert.True(accessor.TryGetValue(context, new SourceSpan(), value, name, out var member));
                pending.Push(member);
            }
        }

        Assert.Contains("StaticChronicle.Site.ArticleEntry", types.Keys);
        Assert.Contains("StaticChronicle.Site.SiteInfo", types.Keys);
        foreach (var (type, instance) in types)
        {
            var scriban = context.GetMemberAccessor(instance).GetMembers(context, new SourceSpan(), instance).Order(StringComparer.Ordinal).ToList();
            var fingerprinted = ModelFingerprint.ReadableMembers(instance.GetType()).Select(m => StandardMemberRenamer.Rename(m)).Order(StringComparer.Ordinal).ToList();
            Assert.True(scriban.SequenceEqual(fingerprinted), $"{type}: Scriban reads [{string.Join(", ", scriban)}], the fingerprint hashes [{string.Join(", ", fingerprinted)}]");
        }
    }
}

using StaticChronicle.Caching;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>What each page is made from, as one hash: its address, template (and that template's stamp), the site and its model.</summary>
public static class PageFingerprints
{
    /// <summary>The fingerprint of every job, in order; the build and the serve session both decide by these, so they are made in one place.</summary>
    public static UInt128[] Of(ModelFingerprint fingerprint, IReadOnlyList<PageJob> jobs, SiteInfo info, IReadOnlyDictionary<string, UInt128> stamps)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(stamps);
        var site = fingerprint.Of(info);
        var pages = new UInt128[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            pages[i] = fingerprint.Of(job.OutputPath, job.Template, stamps[job.Template], site, job.Page, job.Model);
        });
        return pages;
    }
}

using Habeas.Core.Audit;
using Habeas.Core.Import;
using Habeas.Core.Maintenance;
using Habeas.Core.Queries;
using Habeas.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Habeas.Core.Tests;

/// <summary>Short calls of the use cases, as the CLI makes them.</summary>
internal static class Run
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    public static Task<ImportResult> ImportAsync(TestRegistry registry, string path, string? source = null) =>
        new ImportHandler(registry.Location, Clock).HandleAsync(new ImportCommand(path, source, "test"), null, TestContext.Current.CancellationToken);

    public static async Task<ImportSummary> ImportOkAsync(TestRegistry registry, string path)
    {
        var result = await ImportAsync(registry, path);
        var imported = Assert.IsType<ImportResult.Imported>(result);
        return imported.Summary;
    }

    public static async Task<string> DigestAsync(TestRegistry registry)
    {
        await using var db = await registry.OpenAsync();
        return await StateDigest.ComputeAsync(db, TestContext.Current.CancellationToken);
    }

    public static async Task<CaseFile?> PersonAsync(TestRegistry registry, string id, string? asOf = null)
    {
        await using var db = await registry.OpenAsync();
        return await new CaseFileQuery(db).GetAsync(id, asOf is null ? null : AsOf.Parse(asOf), TestContext.Current.CancellationToken);
    }

    public static Task<AuditReport> AuditAsync(TestRegistry registry, string? asOf = null) =>
        new AuditQuery(new Domain.Rules.RuleBook(), Clock).RunAsync(registry.Location, asOf is null ? null : AsOf.Parse(asOf), TestContext.Current.CancellationToken);

    public static async Task<FacilityReport?> FacilityAsync(TestRegistry registry, string id, string? asOf = null)
    {
        await using var db = await registry.OpenAsync();
        return await new FacilityQuery(db).GetAsync(id, asOf is null ? null : AsOf.Parse(asOf), TestContext.Current.CancellationToken);
    }
}

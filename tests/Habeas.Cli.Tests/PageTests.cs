using Habeas.Core.Import;
using Habeas.Testing;
using Habeas.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;

namespace Habeas.Cli.Tests;

/// <summary>
/// Issue #7's first pages in a real browser (headless Chromium) against a real server on 127.0.0.1: a family member finds
/// a person with the public locator and sees only the public fields; a lawyer opens and prints the case file; the same in
/// Spanish.
/// </summary>
public sealed class PageTests(BrowserFixture browser)
{
    private static async Task<(WebApplication App, string Address)> ServeAsync(TestRegistry registry, CancellationToken ct)
    {
        var app = await SampleServer.StartAsync(registry, ct);
        return (app, SampleServer.Address(app));
    }

    [Fact]
    public async Task Locator_AFamilyMemberTypesAName_SeesWhereTheyAreHeld_AndOpensTheCaseFile()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/");
        await page.GetByLabel("Name").FillAsync("RUIZ PAREDES, MARTA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.Locator("table.results tbody tr").First;
        var text = await row.InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "locator");
        await row.GetByRole(AriaRole.Link, new() { Name = "P-1" }).ClickAsync();
        var heading = await page.Locator("h1").InnerTextAsync();
        var timeline = await page.Locator("table.timeline").InnerTextAsync();
        // As of 1 April 2025 she was in the Salvadoran prison: held there by SV-PRISONS for US-ICE.
        await page.GotoAsync(address + "/persons/P-1?as_of=2025-04-01");
        var abroad = await page.Locator("dl.custody").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "person");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var headerWhenPrinted = await page.Locator("header").IsVisibleAsync();

        Assert.Contains("P-1", text, StringComparison.Ordinal);
        Assert.Contains("US-ICE", text, StringComparison.Ordinal);
        Assert.Contains("Processing Center One", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", text, StringComparison.Ordinal);
        Assert.StartsWith("Marta Elena Ruiz Paredes", heading, StringComparison.Ordinal);
        Assert.Contains("custody.handed_over", timeline, StringComparison.Ordinal);
        Assert.Contains("person.returned", timeline, StringComparison.Ordinal);
        Assert.Contains("SV-PRISONS", abroad, StringComparison.Ordinal);
        Assert.Contains("US-ICE", abroad, StringComparison.Ordinal);
        Assert.False(headerWhenPrinted);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Pages_InSpanish_ForASpanishBrowser_AndAnUnknownPersonIsA404()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES" });

        await page.GotoAsync(address + "/?name=Nadie+Conocido+Jamas");
        var heading = await page.Locator("h1").InnerTextAsync();
        var empty = await page.Locator("p.empty").InnerTextAsync();
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        var missing = await page.GotoAsync(address + "/persons/P-404");

        Assert.Equal("Buscar a una persona", heading);
        Assert.StartsWith("Nadie en el registro coincide", empty, StringComparison.Ordinal);
        Assert.Equal("es", lang);
        Assert.Equal(404, missing!.Status);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Screening_ALawyerUploadsAManifest_ReadsAVerdictPerRow_AndDownloadsThemAsCsv()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var manifest = Path.Combine(Path.GetTempPath(), $"flight-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(manifest,
            ["A-Number,Last Name,First Name,Date of Birth,Citizenship", ",IBARRA,TOMAS,11/30/1985,USA", "100000003,FUENTES,RUBEN DARIO,06/01/1979,GUATEMALA"], ct);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US", AcceptDownloads = true });
        try
        {
            await page.GotoAsync(address + "/screen");
            await page.Locator("input[name=manifest]").SetInputFilesAsync(manifest);
            await page.GetByLabel("Destination country").FillAsync("SV");
            await page.GetByLabel("Date of the transfer").FillAsync("2025-05-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
            var summary = await page.Locator("p.summary").InnerTextAsync();
            var ibarra = await page.Locator("table.verdicts tr", new() { HasText = "IBARRA" }).InnerTextAsync();
            await BrowserFixture.ScreenshotAsync(page, "screening");
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.download").ClickAsync());
            var csv = await File.ReadAllTextAsync(await download.PathAsync(), ct);
            // Straight to the file, without the table: the form's own download button.
            await page.GotoAsync(address + "/screen");
            await page.Locator("input[name=manifest]").SetInputFilesAsync(manifest);
            await page.GetByLabel("Destination country").FillAsync("SV");
            await page.GetByLabel("Date of the transfer").FillAsync("2025-05-01");
            var direct = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
            var directCsv = await File.ReadAllTextAsync(await direct.PathAsync(), ct);

            Assert.StartsWith("2 rows: 1 block", summary, StringComparison.Ordinal);
            Assert.Contains("US-NATIONAL", ibarra, StringComparison.Ordinal);
            Assert.Contains("block", ibarra, StringComparison.Ordinal);
            Assert.StartsWith("row,line,name,person,candidates,verdict", csv, StringComparison.Ordinal);
            Assert.EndsWith("-screened.csv", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.Equal(csv, directCsv);
        }
        finally
        {
            await page.CloseAsync();
            File.Delete(manifest);
        }

        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Reviews_ARecordsOfficerDecidesSameAndDifferent_AndEachPairLeavesTheQueue()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var duplicates = new Events()
            .Line("""{"type":"person.recorded","person":"P-50","given":"Yesenia","surnames":["Cruz","Mejía"],"dob":"1992-07-04","nationalities":["HN"]}""")
            .Line("""{"type":"person.recorded","person":"P-51","given":"YESSENIA","surnames":["CRUZ","MEJIA"],"dob":"1992-07-04","nationalities":["HN"]}""")
            .Line("""{"type":"person.recorded","person":"P-60","given":"Wilmer","surnames":["Alvarado"],"dob":"1988-01-20","nationalities":["SV"]}""")
            .Line("""{"type":"person.recorded","person":"P-61","given":"Wilmer","surnames":["Alvarado"],"dob":"1988-01-20","nationalities":["SV"]}""")
            .WriteTo(registry.Location.DataDirectory, "duplicates.jsonl");
        await new ImportHandler(registry.Location, TimeProvider.System).HandleAsync(new ImportCommand(duplicates, null, "test"), null, ct);
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/reviews");
        var before = await page.Locator("table.reviews tbody tr").CountAsync();
        await page.Locator("tr[data-pair='P-50|P-51']").GetByRole(AriaRole.Button, new() { Name = "Same person" }).ClickAsync();
        await page.Locator("tr[data-pair='P-60|P-61']").GetByRole(AriaRole.Button, new() { Name = "Different people" }).ClickAsync();
        var after = await page.Locator("table.reviews tr[data-pair]").CountAsync();
        await BrowserFixture.ScreenshotAsync(page, "reviews");
        await page.GotoAsync(address + "/persons/P-51");
        var merged = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync(address + "/persons/P-61");
        var apart = await page.Locator("h1").InnerTextAsync();

        Assert.True(before >= 2, $"{before} pairs to review");
        Assert.Equal(before - 2, after);
        Assert.Contains("(P-50)", merged, StringComparison.Ordinal);
        Assert.Contains("P-51", merged, StringComparison.Ordinal);
        Assert.Contains("(P-61)", apart, StringComparison.Ordinal);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task ObligationsAndRules_ACourtClerkFiltersTheBoard_AndReadsTheCatalogInSpanish()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        var spanish = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES" });

        await page.GotoAsync(address + "/obligations");
        await page.GetByLabel("Status").SelectOptionAsync("satisfied");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var rows = await page.Locator("table.obligations tbody tr").AllInnerTextsAsync();
        await BrowserFixture.ScreenshotAsync(page, "obligations");
        await spanish.GotoAsync(address + "/rules");
        var heading = await spanish.Locator("h1").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(spanish, "rules-es");
        var usNational = await spanish.Locator("tr#US-NATIONAL").InnerTextAsync();

        Assert.Contains("status=satisfied", page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("satisfied", r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("facilitate_return", StringComparison.Ordinal) && r.Contains("P-1", StringComparison.Ordinal));
        Assert.Equal("Las normas", heading);
        Assert.Contains("block", usNational, StringComparison.Ordinal);
        Assert.Contains("Afroyim", usNational, StringComparison.Ordinal);
        await page.CloseAsync();
        await spanish.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Dashboard_ShowsWhoIsHeldWhere_AndItsChartsAreDrawn()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        using var http = SampleServer.Client(app);

        await page.GotoAsync(address + "/dashboard", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var held = await page.Locator("table.held").InnerTextAsync();
        var removals = await page.Locator("table.removals").InnerTextAsync();
        var blocks = int.Parse(await page.Locator("#blocks").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var story = await page.Locator("#story").InnerTextAsync();
        var drawn = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('img')).map(i => i.naturalWidth)");
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
        using var findings = await http.GetAsync(new Uri("/charts/findings.svg", UriKind.Relative), ct);
        var svg = await findings.Content.ReadAsStringAsync(ct);

        Assert.Contains("US-ICE", held, StringComparison.Ordinal);
        Assert.Contains("P-1", removals, StringComparison.Ordinal);
        Assert.True(blocks > 0, "the sample's removal of a protected person is a block finding");
        // The sample: Marta held in Texas again after her return, Rubén removed to Guatemala; no one held abroad now.
        Assert.StartsWith("1 in custody, 0 of them held abroad for a U.S. authority. The rules find " + blocks.ToString(System.Globalization.CultureInfo.InvariantCulture), story, StringComparison.Ordinal);
        Assert.Equal(3, drawn.Length);
        Assert.All(drawn, width => Assert.True(width > 0, "a chart did not load"));
        Assert.Equal("image/svg+xml", findings.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("PROTECTED-COUNTRY", svg, StringComparison.Ordinal);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task FacilityAndFollow_CounselFollowsAClientFromTheCaseFile_AndOpensTheFacilityAgainstItsCapacity()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        using var http = SampleServer.Client(app);

        await page.GotoAsync(address + "/persons/P-1");
        await page.GetByLabel("Your name").FillAsync("counsel ana");
        await page.Locator("section.follow").GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        var followed = await page.Locator("p.followed").InnerTextAsync();
        var feed = await page.Locator("p.followed a").GetAttributeAsync("href");
        using var atom = await http.GetAsync(new Uri(feed!, UriKind.Relative), ct);
        await page.GotoAsync(address + "/persons/P-1");
        await page.Locator("dl.custody a").ClickAsync();
        await page.WaitForURLAsync("**/facilities/**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        var population = await page.Locator("#population").InnerTextAsync();
        var chart = await page.EvaluateAsync<int>("() => document.querySelector('img').naturalWidth");
        await BrowserFixture.ScreenshotAsync(page, "facility");

        Assert.StartsWith("You follow this person.", followed, StringComparison.Ordinal);
        Assert.Equal(("application/atom+xml", System.Net.HttpStatusCode.OK), (atom.Content.Headers.ContentType?.MediaType, atom.StatusCode));
        Assert.Contains("/facilities/F-TX-1", page.Url, StringComparison.Ordinal);
        Assert.True(int.Parse(population, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(chart > 0, "the facility's chart did not load");
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Ledger_AnAuditorReadsTheCheckpoint_AndGetsAnEventsReceipt()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/ledger");
        var checkpoint = await page.Locator("pre.checkpoint").InnerTextAsync();
        await page.GetByLabel("Event sequence number").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get the receipt" }).ClickAsync();
        var receipt = await page.Locator("pre.receipt").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "ledger");
        await page.GotoAsync(address + "/ledger?sequence=99999");
        var error = await page.Locator("p.error").InnerTextAsync();

        Assert.StartsWith("habeas", checkpoint, StringComparison.Ordinal);
        Assert.Contains(checkpoint.Split('\n')[0], receipt, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error));
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Ledger_AnAuditorChecksAReceiptAndAKeptCheckpoint_AndATamperedOneFails()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var http = SampleServer.Client(app);
        var kept = await http.GetStringAsync(new Uri("/api/v1/ledger/checkpoint", UriKind.Relative), ct);
        using (await http.PostAsync(new Uri("/api/v1/events", UriKind.Relative), new StringContent(
            """{"type":"person.recorded","person":"P-90","given":"Lucía","surnames":["Mejía"]}""" + "\n", System.Text.Encoding.UTF8), ct))
        {
        }

        var lines = kept.Split('\n');
        var rootBytes = Convert.FromBase64String(lines[2]);
        rootBytes[0] ^= 1;
        var forged = string.Join('\n', lines.Take(2).Append(Convert.ToBase64String(rootBytes)).Concat(lines.Skip(3)));
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/ledger?sequence=3");
        var receipt = await page.Locator("pre.receipt").InnerTextAsync();
        var leaf = await page.Locator("code.leaf").InnerTextAsync();
        await page.GetByLabel("Receipt (c2sp.org/tlog-proof)").FillAsync(receipt);
        await page.GetByLabel("Leaf hash (base64)").FillAsync(leaf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the receipt" }).ClickAsync();
        var good = await page.Locator("p.verdict").InnerTextAsync();
        var otherLeaf = Convert.FromBase64String(leaf);
        otherLeaf[^1] ^= 1;
        await page.GetByLabel("Leaf hash (base64)").FillAsync(Convert.ToBase64String(otherLeaf));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the receipt" }).ClickAsync();
        var wrongLeaf = await page.Locator("p.verdict").InnerTextAsync();
        await page.GetByLabel("A checkpoint you kept (optional)").FillAsync(kept);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        var extends = await page.Locator("p.verdict").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "ledger-verified");
        await page.GetByLabel("A checkpoint you kept (optional)").FillAsync(forged);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        var rewritten = await page.Locator("p.verdict").InnerTextAsync();

        Assert.StartsWith("Holds.", good, StringComparison.Ordinal);
        Assert.StartsWith("Does not hold.", wrongLeaf, StringComparison.Ordinal);
        Assert.StartsWith("Holds.", extends, StringComparison.Ordinal);
        Assert.Contains("extends the checkpoint you kept", extends, StringComparison.Ordinal);
        Assert.StartsWith("Does not hold.", rewritten, StringComparison.Ordinal);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Agreement_AReporterFollowsTheForeignPrisonToItsAgreement_AndReadsWhatItHolds()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var events = new Events()
            .Facility("F-CX", country: "SV", authority: "SV-PRISONS", capacity: 100, kind: "prison")
            .Line("""{"type":"agreement.recorded","agreement":"AG-9","parties":["US","SV"],"facilities":["F-CX"],"capacity":300,"payment":{"amount":100,"currency":"USD","per":"person","period":"P1D"},"effective_from":"2025-05-01","occurred_at":"2025-03-01"}""")
            .Person("P-L").Began("P-L", "F-CX", "2025-04-01T00:00:00Z", authority: "SV-PRISONS");
        foreach (var p in new[] { "P-X1", "P-X2", "P-X3" })
        {
            events.Person(p).HandedOver(p, "F-CX", "2025-05-10T00:00:00Z");
        }

        await new ImportHandler(registry.Location, TimeProvider.System).HandleAsync(new ImportCommand(events.WriteTo(registry.Location.DataDirectory, "prison.jsonl"), null, "test"), null, ct);
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/facilities/F-CX");
        await page.Locator("ul.agreements a", new() { HasText = "AG-9" }).ClickAsync();
        await page.WaitForURLAsync("**/agreements/AG-9");
        var held = await page.Locator("#population").InnerTextAsync();
        var cost = await page.Locator("#cost").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "agreement");
        using var http = new HttpClient();
        using var missing = await http.GetAsync(new Uri(address + "/agreements/AG-404"), ct);

        // Its own prisoner is not held under the agreement; three held for US-ICE since 10 May 2025 at 100 USD a day each.
        Assert.Equal("3", held);
        Assert.EndsWith("USD", cost, StringComparison.Ordinal);
        Assert.True(decimal.Parse(cost.Split(' ')[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture) > 3 * 100 * 365);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Import_ARecordsOfficerChecksAFile_ReadsTheBadLine_ThenImportsTheFixedOne()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var dir = Directory.CreateTempSubdirectory("habeas-upload-").FullName;
        var bad = new Events().Facility("F-NEW").Person("P-NEW").Began("P-NEW", "F-NOWHERE", "2025-06-01T10:00:00Z").WriteTo(dir, "intake.jsonl");
        var good = new Events().Facility("F-NEW").Person("P-NEW").Began("P-NEW", "F-NEW", "2025-06-01T10:00:00Z").WriteTo(dir, "intake-fixed.jsonl");
        using var http = SampleServer.Client(app);
        var before = await http.GetStringAsync(new Uri("/api/v1/ledger/checkpoint", UriKind.Relative), ct);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        try
        {
            await page.GotoAsync(address + "/import");
            await page.GetByLabel("Events file (JSON Lines)").SetInputFilesAsync(bad);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
            var errors = await page.Locator("section.error").InnerTextAsync();
            await page.GetByLabel("Events file (JSON Lines)").SetInputFilesAsync(good);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
            var checkedSummary = await page.Locator("p.summary").InnerTextAsync();
            var afterCheck = await http.GetStringAsync(new Uri("/api/v1/ledger/checkpoint", UriKind.Relative), ct);
            await page.GetByLabel("Events file (JSON Lines)").SetInputFilesAsync(good);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            var imported = await page.Locator("p.summary").InnerTextAsync();
            var checkpoint = await page.Locator("pre.checkpoint").InnerTextAsync();
            await BrowserFixture.ScreenshotAsync(page, "import");
            using var person = await http.GetAsync(new Uri("/api/v1/persons/P-NEW", UriKind.Relative), ct);

            Assert.Contains("intake.jsonl:3: field 'facility'", errors, StringComparison.Ordinal);
            Assert.StartsWith("All 3 lines are valid: the import would append 3 events", checkedSummary, StringComparison.Ordinal);
            Assert.Equal(before, afterCheck);
            Assert.StartsWith("Imported 3 events", imported, StringComparison.Ordinal);
            Assert.NotEqual(before.Split('\n')[1], checkpoint.Split('\n')[1]);
            Assert.Equal(System.Net.HttpStatusCode.OK, person.StatusCode);
        }
        finally
        {
            await page.CloseAsync();
            Directory.Delete(dir, recursive: true);
        }

        await app.StopAsync(ct);
    }

    [Fact]
    public async Task LanguageSwitch_AMotherChoosesSpanishOnce_AndTheNextPagesStayInSpanish()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, address) = await ServeAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address + "/persons/P-1?as_of=2025-04-01");
        var english = await page.Locator("html").GetAttributeAsync("lang");
        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await page.WaitForURLAsync("**/persons/P-1?as_of=2025-04-01");
        var spanish = await page.Locator("html").GetAttributeAsync("lang");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buscar a una persona" }).First.ClickAsync();
        var next = await page.Locator("h1").InnerTextAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var elsewhere = await http.GetAsync(new Uri(address + "/culture?to=es&back=//evil.example/"), ct);

        Assert.Equal(("en", "es"), (english, spanish));
        Assert.Equal("Buscar a una persona", next);
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Words_EveryKeyHasAnEnglishAndASpanishText()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = HabeasWebApp.Build(registry.Location, "http://127.0.0.1:0");
        await using var _ = app;
        var words = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var original = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
            // English is the neutral resource: found through the parent culture.
            var english = words.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("es");
            var spanish = words.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);

            Assert.NotEmpty(english);
            Assert.Equal(english.Keys.Order(), spanish.Keys.Order());
            Assert.False(words["FindAPerson"].ResourceNotFound);
            Assert.Equal("Buscar a una persona", spanish["FindAPerson"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = original;
        }

        await Task.CompletedTask;
    }
}

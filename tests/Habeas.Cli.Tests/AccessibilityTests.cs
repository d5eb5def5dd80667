using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Habeas.Testing;
using Microsoft.Playwright;

namespace Habeas.Cli.Tests;

/// <summary>
/// WCAG 2.1 AA basics on every page, in English and Spanish, checked by axe-core in Chromium (labels, names, contrast,
/// language, landmarks, headings), and a keyboard user's way past the navigation to the content.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/", "/?name=Marta+Ruiz", "/persons/P-1", "/persons/P-1?as_of=2025-04-01", "/screen", "/reviews", "/obligations", "/rules", "/dashboard",
        "/facilities/F-TX-1", "/facilities/F-SV-1", "/ledger?sequence=3", "/import",
    ];

    private static readonly AxeRunOptions Wcag21AA = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-ES")]
    public async Task EveryPage_MeetsWcag21AA_AsAxeChecksIt(string locale)
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        var address = SampleServer.Address(app);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = locale });
        var manifest = Path.Combine(Path.GetTempPath(), $"a11y-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(manifest, ["A-Number,Last Name,First Name,Date of Birth", "100000001,RUIZ PAREDES,MARTA ELENA,02/14/1990"], ct);
        var violations = new List<string>();
        try
        {
            // The check can fail: a control page with an unlabelled field and an image without text must be reported.
            await page.SetContentAsync("<html lang='en'><head><title>control</title></head><body><main><h1>x</h1><input name='q'><img src='data:,'></main></body></html>");
            var control = (await page.RunAxe(Wcag21AA)).Violations.Select(v => v.Id).ToArray();
            Assert.Contains("label", control);
            Assert.Contains("image-alt", control);

            // Spanish words are longer and other; the layout and colours are the same, so Spanish checks a sample of pages.
            foreach (var path in locale.StartsWith("es", StringComparison.Ordinal) ? Pages.Where((_, i) => i % 3 == 0) : Pages)
            {
                await page.GotoAsync(address + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                violations.AddRange(Describe(path, await page.RunAxe(Wcag21AA)));
            }

            // The pages a form leads to: a screening's verdicts and an import's errors.
            await page.GotoAsync(address + "/screen");
            await page.Locator("input[name=manifest]").SetInputFilesAsync(manifest);
            await page.Locator("input[name=country]").FillAsync("SV");
            await page.Locator("button[value=html]").ClickAsync();
            await page.Locator("table.verdicts").WaitForAsync();
            violations.AddRange(Describe("POST /screen", await page.RunAxe(Wcag21AA)));
            await page.GotoAsync(address + "/import");
            await page.Locator("input[name=events]").SetInputFilesAsync(manifest);
            await page.Locator("button[value=check]").ClickAsync();
            await page.Locator("section.error").WaitForAsync();
            violations.AddRange(Describe("POST /import", await page.RunAxe(Wcag21AA)));
        }
        finally
        {
            await page.CloseAsync();
            File.Delete(manifest);
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task AKeyboardUser_SkipsTheNavigation_AndSeesWhereTheFocusIs()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(SampleServer.Address(app) + "/persons/P-1");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        await page.Keyboard.PressAsync("Tab");
        var inContent = await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)");

        Assert.Equal("Skip to the content", first);
        Assert.Equal("solid", outline);
        Assert.Equal("main", focused);
        Assert.True(inContent, "after skipping, the next Tab stays in the content");
        await page.CloseAsync();
        await app.StopAsync(ct);
    }

    private static IEnumerable<string> Describe(string path, AxeResult result) =>
        result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(3))}");
}

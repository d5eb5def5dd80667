using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Habeas.Cli.Tests.BrowserFixture))]

namespace Habeas.Cli.Tests;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for the whole test run (PLATFORM-web.md: starting them costs
/// seconds). Without /usr/bin/chromium the browser tests skip, except under CI=true, where a missing browser fails them:
/// ./build/test.sh installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser, when there is none.</summary>
    public string? Missing { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            Missing = $"{Chromium} is not installed (apt-get install chromium; ./build/test.sh does it).";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Root in a container needs --no-sandbox; the host rules keep Chromium from looking anything up but the app.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>The browser, or a skip (a failure under CI=true) saying why there is none.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("CI=true and no browser: " + Missing);
        }

        Assert.Skip(Missing!);
        return null!;
    }

    /// <summary>Where the screenshots of the main pages go: the test output, kept for a person to look at after the run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>
    /// Saves the whole page as <c>screenshots/NAME.png</c> in the test output and attaches it to the running test's
    /// result, so the main pages can be looked at after any run, green or red.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name + ".png", png, "image/png");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

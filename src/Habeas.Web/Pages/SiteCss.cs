namespace Habeas.Web.Pages;

/// <summary>The pages' one stylesheet: readable on a phone, and a case file that prints on paper without the chrome.</summary>
internal static class SiteCss
{
    public const string Text = """
        :root { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; }
        body { margin: 0; }
        header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; padding: .75rem 1.25rem; background: #12355b; color: #fff; }
        header a { color: #fff; }
        .brand { font-weight: bold; font-size: 1.25rem; text-decoration: none; }
        .tagline { flex: 1; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 1rem 0; }
        label { display: flex; flex-direction: column; font-size: .9rem; gap: .25rem; }
        input { font-size: 1rem; padding: .4rem; border: 1px solid #767676; border-radius: 3px; }
        button { font-size: 1rem; padding: .45rem 1rem; background: #12355b; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #d0d0d0; vertical-align: top; overflow-wrap: anywhere; }
        .error { color: #a10000; font-weight: bold; }
        .story { font-size: 1.15rem; max-width: 52rem; }
        textarea { font-family: "DejaVu Sans Mono", monospace; font-size: .9rem; padding: .4rem; border: 1px solid #767676; border-radius: 3px; }
        .verdict.holds { color: #0b6b2b; } .verdict.fails { color: #a10000; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        .skip { position: absolute; left: -10000px; top: 0; background: #fff; color: #12355b; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; z-index: 10; }
        .sealed { color: #a10000; }
        .id, .note { color: #555; }
        dl.custody { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dt { font-weight: bold; }
        @media print {
          header, nav, form, .note, .follow, .skip { display: none; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          table { page-break-inside: auto; } tr { page-break-inside: avoid; }
        }
        """;
}

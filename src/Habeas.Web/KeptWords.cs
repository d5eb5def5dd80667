using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Habeas.Web;

/// <summary>
/// The pages' words, each looked up in its resource file once per language and then kept: a page asks for dozens, and
/// every lookup of a .NET resource takes a lock on the resource set, which under load (fifty requests at once on two
/// cores) became a queue of its own.
/// </summary>
internal sealed class KeptWords(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer _words = factory.Create(typeof(SharedResource));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _kept = new();

    public LocalizedString this[string name] =>
        _kept.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), key => _words[key.Name]);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _words.GetAllStrings(includeParentCultures);
}

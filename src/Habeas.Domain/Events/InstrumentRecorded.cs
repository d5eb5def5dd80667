using System.Text.Json;
using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A legal instrument: a status (citizenship), an order or protection (withholding of removal), a proceeding or
/// a notice. It concerns one person or a scope. Kind-specific fields stay in the stored payload; the common
/// ones are read here.
/// </summary>
public sealed record InstrumentRecorded : RegistryEvent
{
    public const string TypeName = "instrument.recorded";

    public override string Type => TypeName;

    public required InstrumentId Instrument { get; init; }

    public PersonId? Person { get; init; }

    public Scope? Scope { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>The instrument's countries: `country` and `countries` together.</summary>
    public IReadOnlyList<CountryCode> Countries { get; init; } = [];

    public string? Issuer { get; init; }

    public string? Case { get; init; }

    public TimeValue? IssuedAt { get; init; }

    public TimeValue? CommunicatedAt { get; init; }

    public TimeValue? WrittenAt { get; init; }

    public TimeValue? EffectiveFrom { get; init; }

    public TimeValue? EffectiveUntil { get; init; }

    /// <summary>Evidence of citizenship (birth_certificate, passport, naturalization_certificate, court_finding).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public JsonElement? Details { get; init; }

    /// <summary>A notice's service (<c>removal_notice</c>): when it was served.</summary>
    public TimeValue? ServedAt { get; init; }

    /// <summary>A notice's language (BCP 47), compared with the languages the person understands.</summary>
    public string? Language { get; init; }

    /// <summary>Whether a notice explains how to contest the removal (habeas, a fear claim).</summary>
    public bool? ExplainsHowToContest { get; init; }

    /// <summary>The destination a notice or a consent names (<c>removal_notice</c>, <c>transfer_consent</c>).</summary>
    public CountryCode? DestinationCountry { get; init; }

    /// <summary>When a consent was verified (<c>transfer_consent</c>: 18 U.S.C. 4107).</summary>
    public TimeValue? VerifiedAt { get; init; }

    public override PersonId? Subject => Person;

    internal static InstrumentRecorded Read(FieldReader r)
    {
        var person = Ids.OptionalPerson(r, "person");
        var scope = r.Object("scope", ScopeReader.Read);
        if (person is null && scope is null)
        {
            r.Fail("person", "a person id, or a scope");
        }

        var countries = new List<CountryCode>();
        if (r.Country("country") is { } c)
        {
            countries.Add(c);
        }

        countries.AddRange(r.Countries("countries").Where(x => !countries.Contains(x)));
        return new InstrumentRecorded
        {
            Instrument = Ids.Instrument(r, "instrument"),
            Person = person,
            Scope = scope,
            Kind = r.Enum<InstrumentKind>("kind", required: true) ?? InstrumentKind.Detainer,
            Countries = countries,
            Issuer = r.Text("issuer"),
            Case = r.Text("case"),
            IssuedAt = r.Time("issued_at"),
            CommunicatedAt = r.Time("communicated_at"),
            WrittenAt = r.Time("written_at"),
            EffectiveFrom = r.Time("effective_from"),
            EffectiveUntil = r.Time("effective_until"),
            Evidence = r.Texts("evidence"),
            Details = r.Raw("details"),
            ServedAt = r.Time("served_at"),
            Language = r.Text("language"),
            ExplainsHowToContest = r.Boolean("explains_how_to_contest"),
            DestinationCountry = r.Country("destination_country"),
            VerifiedAt = r.Time("verified_at"),
        };
    }
}

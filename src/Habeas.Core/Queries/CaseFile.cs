using System.Text.Json;

namespace Habeas.Core.Queries;

/// <summary>
/// A person's case file as of a moment (the shape of <c>habeas person --format json</c>, DESIGN.md): who they
/// are per each source, the instruments, where they are held and by whom, and every fact in valid-time order.
/// </summary>
public sealed record CaseFile(
    string Person,
    string Name,
    bool Sealed,
    string? AsOf,
    IReadOnlyList<CaseFile.Record> Records,
    IReadOnlyList<CaseFile.Instrument> Instruments,
    CaseFile.Custody? Current,
    IReadOnlyList<CaseFile.TimelineEntry> Timeline)
{
    /// <summary>The ids merged into this person (<c>identity.merged</c>), whose records and facts the file includes.</summary>
    public IReadOnlyList<string> MergedIds { get; init; } = [];

    /// <summary>One source's record of the person.</summary>
    public sealed record Record(
        long Sequence, string Given, IReadOnlyList<string> Surnames, IReadOnlyList<string> Aliases, string? Dob, string? Sex,
        string? BirthCountry, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages, string? ANumber,
        IReadOnlyDictionary<string, string> Ids, string? Source);

    /// <summary>An instrument concerning the person and whether it was in effect at the moment asked.</summary>
    public sealed record Instrument(
        string Id, string Kind, IReadOnlyList<string> Countries, string? Issuer, string? Case, string? IssuedAt,
        string? EffectiveFrom, string? EffectiveUntil, bool Ended, string? EndReason, string? EndedAt, long Sequence);

    /// <summary>
    /// Where the person is held: the facility and its country, the legal custodian (<see cref="Authority"/>) and
    /// the physical one (the facility's authority), since when, and whether held, in transit or unaccounted for.
    /// </summary>
    public sealed record Custody(
        string? Facility, string? FacilityName, string? Country, string? Authority, string? PhysicalAuthority, string Since,
        string Status, string? Basis, string? Transport, long Sequence);

    /// <summary>One fact, with its provenance and the event as recorded.</summary>
    public sealed record TimelineEntry(
        long Sequence, string Id, string Type, string? OccurredAt, string RecordedAt, string RecordedBy, string? Source,
        [property: System.Text.Json.Serialization.JsonIgnore] string Payload)
    {
        /// <summary>The event as recorded (<c>{"erased": true}</c> once its content was erased).</summary>
        // Parsed when asked for (the API's and the command's JSON): the printed page shows only the columns above.
        public JsonElement Event
        {
            get
            {
                using var payload = JsonDocument.Parse(Payload);
                return payload.RootElement.Clone();
            }
        }
    }
}

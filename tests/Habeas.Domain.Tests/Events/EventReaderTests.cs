using System.Text.Json;
using Habeas.Domain.Events;
using Habeas.Domain.Values;
using Habeas.Testing;

namespace Habeas.Domain.Tests.Events;

public sealed class EventReaderTests
{
    private static (RegistryEvent? Event, List<FieldError> Errors) Read(string json)
    {
        var errors = new List<FieldError>();
        using var doc = JsonDocument.Parse(json);
        return (EventReader.Read(doc.RootElement, errors), errors);
    }

    [Fact]
    public void Read_EveryLineOfTheContractSample_Succeeds()
    {
        foreach (var line in File.ReadLines(SharedData.ContractSample))
        {
            var (e, errors) = Read(line);
            Assert.True(e is not null, $"{line}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Read_Removal_GivesTheTypedRecord()
    {
        var (e, _) = Read("""{"type":"person.removed","person":"P-1","from":"F-LA-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","transport":{"id":"FL-1","mode":"air","stops":["HN"]},"occurred_at":"2025-03-15T22:00:00Z","confidence":"reported"}""");

        var removal = Assert.IsType<PersonRemoved>(e);
        Assert.Equal(new PersonId("P-1"), removal.Person);
        Assert.Equal(new CountryCode("SV"), removal.Country);
        Assert.Equal(RemovalBasis.AlienEnemiesAct, removal.Basis);
        Assert.Equal(("FL-1", "air"), (removal.Transport!.Id, removal.Transport.Mode));
        Assert.Equal([new CountryCode("HN")], removal.Transport.Stops);
        Assert.Equal(Confidence.Reported, removal.Confidence);
        Assert.Equal(new PersonId("P-1"), removal.Subject);
    }

    [Fact]
    public void Read_ManyFaults_ReportsEachWithItsField()
    {
        var (e, errors) = Read("""{"type":"custody.began","facility":7,"basis":"vacation","occurred_at":"yesterday","confidence":"sure"}""");

        Assert.Null(e);
        Assert.Equal(
            ["authority", "basis", "confidence", "facility", "occurred_at", "person"],
            errors.Select(x => x.Field).Order(StringComparer.Ordinal));
        Assert.Contains(errors, x => x.ToString() == "field 'facility': expected an id (a non-blank string without surrounding spaces), got 7");
        Assert.Contains(errors, x => x.ToString() == "field 'person': expected an id (a non-blank string), got nothing");
    }

    [Theory]
    [InlineData("facility.registered")]
    [InlineData("person.recorded")]
    public void Read_FactsSinceBeforeAnyOther_MayOmitOccurredAt(string type)
    {
        var json = type == "person.recorded"
            ? """{"type":"person.recorded","given":"Ana"}"""
            : """{"type":"facility.registered","facility":"F","name":"N","country":"US","authority":"A"}""";
        Assert.NotNull(Read(json).Event);
    }

    [Fact]
    public void Read_OtherEventsWithoutOccurredAt_AreRejected()
    {
        var (_, errors) = Read("""{"type":"facility.updated","facility":"F"}""");
        Assert.Equal("occurred_at", Assert.Single(errors).Field);
    }

    [Fact]
    public void Read_TimeZone_PlacesCoarseTimesInIt()
    {
        var (e, _) = Read("""{"type":"custody.released","person":"P","occurred_at":"2025-03-15","tz":"America/New_York"}""");
        Assert.Equal(new DateTimeOffset(2025, 3, 15, 4, 0, 0, TimeSpan.Zero), e!.OccurredAt!.Start);
    }

    [Fact]
    public void Read_UnknownTimeZone_IsAnError() =>
        Assert.Equal("tz", Assert.Single(Read("""{"type":"custody.released","person":"P","occurred_at":"2025","tz":"Mars/Olympus"}""").Errors).Field);

    [Fact]
    public void Read_ScopeWithAClass_ReadsEveryCriterion()
    {
        var (e, errors) = Read("""{"type":"order.issued","order":"O-1","scope":{"class":{"description":"AEA designees in N.D. Tex.","designation":"alien_enemy_designation","held_in":["F-1"],"nationalities":["VE"],"members":["P-9"]}},"requires":[{"action":"no_transfer"},{"action":"status_report","every":"P1D"}],"occurred_at":"2025-04-19T00:51:00-04:00"}""");

        var order = Assert.IsType<OrderIssued>(e);
        Assert.Empty(errors);
        Assert.Equal(InstrumentKind.AlienEnemyDesignation, order.Scope!.Class!.Designation);
        Assert.Equal([new PersonId("P-9")], order.Scope.Class.Members);
        Assert.Equal("P1D", order.Requires[1].Every);
    }

    [Fact]
    public void Types_AreThoseOfThePublishedSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "schema", "events.v1.json")));
        var published = schema.RootElement.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(t => t.GetString()!);

        Assert.Equal(published.Order(StringComparer.Ordinal), EventReader.Types.Order(StringComparer.Ordinal));
    }
}

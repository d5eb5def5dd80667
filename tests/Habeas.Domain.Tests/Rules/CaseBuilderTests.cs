namespace Habeas.Domain.Tests.Rules;

public sealed class CaseBuilderTests
{
    [Fact]
    public void Add_EventsWithoutIds_GetTheRegistrysIdsAndSubjects()
    {
        var builder = CaseBuilder.From("""
            {"type":"facility.registered","facility":"F-TX-1","name":"Processing Center One","country":"US","authority":"US-ICE"}
            {"type":"instrument.recorded","instrument":"I-WH","person":"P-1","kind":"withholding_of_removal","country":"SV","occurred_at":"2019-10-10"}
            {"type":"instrument.ended","instrument":"I-WH","reason":"revoked","occurred_at":"2025-01-10"}
            {"type":"custody.began","id":"E-BEGAN","person":"P-1","facility":"F-TX-1","authority":"US-ICE","occurred_at":"2025-03-01T15:00:00Z"}
            """);

        Assert.Null(builder.Fact("HE-1").Subject);
        Assert.Equal((2L, "P-1"), (builder.Fact("HE-2").Sequence, builder.Fact("HE-2").Subject));
        Assert.Equal("P-1", builder.Fact("HE-3").Subject);
        Assert.Equal(4L, builder.Fact("E-BEGAN").Sequence);
        Assert.Equal(["HE-2", "HE-3"], builder.HistoryOf("P-1").Instruments.Single().Facts.Select(f => f.Id));
    }
}

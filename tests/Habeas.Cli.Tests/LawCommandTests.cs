using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

/// <summary>Issue #4 through the command line: rules, audit, screen — exit codes, shapes and bad input.</summary>
public sealed class LawCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-law-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Data => Path.Combine(_dir, "r");

    private async Task SampleAsync()
    {
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", Data)).Code);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data)).Code);
    }

    private string Manifest(params string[] lines)
    {
        var path = Path.Combine(_dir, $"manifest-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Rules_Json_ListsEveryRuleWithAuthorities()
    {
        var (code, output, _) = await CliRun.RunAsync("rules", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToArray();
        foreach (var id in new[] { "US-NATIONAL", "CITIZENSHIP-CLAIM", "PROTECTED-COUNTRY", "STAY", "SETTLEMENT", "REMOVAL-ORDER", "AEA-NOTICE",
                     "HABEAS-PENDING", "TREATY-TRANSFER", "CAPACITY", "UNACCOUNTED", "MINOR", "ORDER-OVERDUE" })
        {
            Assert.Contains(id, ids);
        }

        Assert.All(rules, r => Assert.NotEmpty(r.GetProperty("authorities").EnumerateArray()));
        Assert.All(rules, r => Assert.Contains(r.GetProperty("severity").GetString(), new[] { "block", "flag" }));
    }

    [Fact]
    public async Task Audit_SampleWithAProtectedRemoval_ExitsOneWithTheFindingShapeOfDesign()
    {
        await SampleAsync();

        var (code, output, _) = await CliRun.RunAsync("audit", "--format", "json", "--data", Data);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var protectedCountry = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "PROTECTED-COUNTRY");
        foreach (var field in new[] { "id", "rule", "severity", "person", "event", "sequence", "occurred_at", "reason", "facts", "citations", "uncertain" })
        {
            Assert.True(protectedCountry.TryGetProperty(field, out _), field);
        }

        Assert.Equal("P-1", protectedCountry.GetProperty("person").GetString());
        Assert.Equal("block", protectedCountry.GetProperty("severity").GetString());
        Assert.Equal("HE-13", protectedCountry.GetProperty("event").GetString());
        Assert.Equal(13, protectedCountry.GetProperty("sequence").GetInt64());
        Assert.Equal(["HE-13", "HE-7"], protectedCountry.GetProperty("facts").EnumerateArray().Select(f => f.GetString()).ToArray());
        Assert.Contains("8 U.S.C. 1231(b)(3)", protectedCountry.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Audit_AsOfBeforeTheRemoval_FindsNoBlockAndExitsZero()
    {
        await SampleAsync();

        var (code, output, _) = await CliRun.RunAsync("audit", "--as-of", "2025-03-01", "--data", Data);

        Assert.Equal(0, code);
        Assert.Contains("0 block", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_BadAsOf_ExitsTwoAndSaysWhatIsExpected()
    {
        await SampleAsync();

        var (code, _, error) = await CliRun.RunAsync("audit", "--as-of", "yesterday", "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains("--as-of", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_CitizenToElSalvador_IsBlockedAndExitsOne()
    {
        await SampleAsync();
        var manifest = Manifest("id_number,full_name,dob,nationality", ",TOMAS IBARRA,1985-11-30,US");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--on", "2025-05-01", "--format", "json", "--data", Data);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("block", row.GetProperty("verdict").GetString());
        Assert.Equal("P-2", row.GetProperty("person").GetString());
        Assert.Contains(row.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "US-NATIONAL");
        foreach (var field in new[] { "row", "input", "person", "candidates", "verdict", "findings" })
        {
            Assert.True(row.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Screen_ANumberInAnyFormAndSwappedName_MatchesThePerson()
    {
        await SampleAsync();
        var manifest = Manifest("A-Number,Last Name,First Name,Date of Birth,Citizenship", "100000003,FUENTES,RUBEN DARIO,06/01/1979,GUATEMALA",
            "A 100 000 001,\"RUIZ\",MARTA ELENA,02/14/1990,SLV");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "GT", "--on", "2025-04-01", "--format", "json", "--data", Data);

        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal("P-3", rows[0].GetProperty("person").GetString());
        Assert.Equal("pass", rows[0].GetProperty("verdict").GetString());
        Assert.Equal("P-1", rows[1].GetProperty("person").GetString());
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Screen_PersonNotInTheRegistry_IsUnknownNeverPass()
    {
        await SampleAsync();
        var manifest = Manifest("full_name,dob,nationality", "Nadie Conocido Todavia,1970-01-01,VE");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--on", "2025-05-01", "--format", "json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("unknown", row.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task Screen_UnmatchedRowClaimingUsNationality_IsBlocked()
    {
        await SampleAsync();
        var manifest = Manifest("full_name,nationality", "Nadie Conocido,USA");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--format", "json", "--data", Data);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("block", row.GetProperty("verdict").GetString());
        var finding = Assert.Single(row.GetProperty("findings").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("person").ValueKind);
        Assert.Equal("CITIZENSHIP-CLAIM/unmatched/screen:row-1", finding.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Screen_MatchedRowTheManifestCallsAUsNational_IsBlockedOnTheManifestsClaim()
    {
        await SampleAsync();
        var manifest = Manifest("id_number,full_name,dob,nationality", "100000003,RUBEN DARIO FUENTES LARA,1979-06-01,USA");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "GT", "--on", "2025-04-01", "--format", "json", "--data", Data);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("P-3", row.GetProperty("person").GetString());
        var finding = Assert.Single(row.GetProperty("findings").EnumerateArray());
        Assert.Equal("CITIZENSHIP-CLAIM/P-3/screen:row-1/manifest", finding.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Screen_RowNameLongerThanTheRecordWithATokenNoOneHas_StillMatches()
    {
        await SampleAsync();
        var manifest = Manifest("full_name,dob", "\"RUIZ PAREDES GOMEZ, MARTA ELENA\",02/14/1990");

        var (_, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--on", "2025-05-01", "--format", "json", "--data", Data);

        using var json = JsonDocument.Parse(output);
        Assert.Equal("P-1", Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("person").GetString());
    }

    [Theory]
    [InlineData("\"RUIS PAREDEZ, MARTA\",02/14/1990")]
    [InlineData("\"RUIZ, MARTA\",14/02/1990")]
    [InlineData("MARTA RUIZ PAREDES,")]
    [InlineData("\"Paredes, Marta Elena\",1990")]
    public async Task Screen_SpellingsTheEngineReconciles_MatchTheProtectedPerson(string row)
    {
        // Phonetic misspellings (z/s), a dropped maternal surname, day-first dates, no date, the maternal surname alone:
        // the withholding grant for SV must still block (issue #5's engine behind issue #4's screening).
        await SampleAsync();
        var manifest = Manifest("full_name,dob", row);

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--on", "2025-05-01", "--format", "json", "--data", Data);

        using var json = JsonDocument.Parse(output);
        var screened = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Contains("P-1", screened.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("person").GetString()));
        Assert.Equal("block", screened.GetProperty("verdict").GetString());
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Screen_SameNameButADifferentANumber_IsNotThatPerson()
    {
        await SampleAsync();
        var manifest = Manifest("id_number,full_name,dob", "A-999-999-999,Marta Elena Ruiz Paredes,1990-02-14");

        var (_, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--format", "json", "--data", Data);

        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("unknown", row.GetProperty("verdict").GetString());
        Assert.Empty(row.GetProperty("candidates").EnumerateArray());
    }

    [Fact]
    public async Task Screen_BadCells_ExitTwoNamingFileLineAndField()
    {
        await SampleAsync();
        var manifest = Manifest("id_number,full_name,dob,nationality", ",Ana Pérez,1990-01-01,SV", "12,X Y,1985-13-45,Narnia");

        var (code, output, error) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--data", Data);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var name = Path.GetFileName(manifest);
        Assert.Contains($"{name}:3: field 'id_number': expected an A-number", error, StringComparison.Ordinal);
        Assert.Contains($"{name}:3: field 'dob': expected a date", error, StringComparison.Ordinal);
        Assert.Contains($"{name}:3: field 'nationality': expected a country", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_NoIdentifyingColumn_ExitsTwoNamingTheHeader()
    {
        await SampleAsync();
        var manifest = Manifest("seat,meal", "12A,vegetarian");

        var (code, _, error) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains(":1: expected a column id_number, full_name or surnames", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "F-NOWHERE", "no facility 'F-NOWHERE'")]
    [InlineData("--country", "Atlantis", "--country: expected an ISO 3166 country")]
    public async Task Screen_UnknownDestination_ExitsTwo(string option, string value, string message)
    {
        await SampleAsync();
        var manifest = Manifest("full_name", "Ana Pérez");

        var (code, _, error) = await CliRun.RunAsync("screen", manifest, option, value, "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_Csv_NeutralisesCellsASpreadsheetWouldRunAsFormulas()
    {
        await SampleAsync();
        var manifest = Manifest("full_name", "\"=HYPERLINK(\"\"http://x\"\")\"");

        var (code, output, _) = await CliRun.RunAsync("screen", manifest, "--country", "SV", "--format", "csv", "--data", Data);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row,line,name,person", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-04-20T00:00:00Z", "overdue")]
    [InlineData("2025-06-07T00:00:00Z", "satisfied")]
    public async Task Obligations_OrderToFacilitateReturn_OverdueThenSatisfiedByTheReturn(string asOf, string status)
    {
        await SampleAsync();

        var (code, output, _) = await CliRun.RunAsync("obligations", "--as-of", asOf, "--format", "json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var o = Assert.Single(json.RootElement.GetProperty("obligations").EnumerateArray(), x => x.GetProperty("order").GetString() == "O-1");
        foreach (var field in new[] { "id", "order", "person", "action", "owner", "due", "status", "evidence" })
        {
            Assert.True(o.TryGetProperty(field, out _), field);
        }

        Assert.Equal((status, "P-1", "US-ICE"), (o.GetProperty("status").GetString(), o.GetProperty("person").GetString(), o.GetProperty("owner").GetString()));
    }

    [Fact]
    public async Task Obligations_StatusFilter_KeepsOnlyThatStatusAndRejectsAnUnknownOne()
    {
        await SampleAsync();

        var (_, output, _) = await CliRun.RunAsync("obligations", "--as-of", "2025-04-20T00:00:00Z", "--status", "open", "--format", "json", "--data", Data);
        var (code, _, _) = await CliRun.RunAsync("obligations", "--status", "late", "--data", Data);

        using var json = JsonDocument.Parse(output);
        var open = json.RootElement.GetProperty("obligations").EnumerateArray().ToArray();
        Assert.NotEmpty(open);
        Assert.All(open, o => Assert.Equal("open", o.GetProperty("status").GetString()));
        Assert.Contains(open, o => o.GetProperty("id").GetString() == "REMEDY/P-1/HE-13");
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Csv_OnACommandThatDoesNotWriteIt_ExitsTwo()
    {
        var (code, _, error) = await CliRun.RunAsync("rules", "--format", "csv");

        Assert.Equal(2, code);
        Assert.Contains("--format csv is offered by screen, link, dedupe, duplicates only", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capacity_Json_GivesEachFacilitysForecastAndAnUnknownFacilityExitsTwo()
    {
        await SampleAsync();

        var (code, output, _) = await CliRun.RunAsync("capacity", "--as-of", "2025-04-01", "--format", "json", "--data", Data);
        var (text, table, _) = await CliRun.RunAsync("capacity", "--facility", "F-SV-1", "--as-of", "2025-04-01", "--data", Data);
        var (bad, _, error) = await CliRun.RunAsync("capacity", "--facility", "F-NOPE", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-04-01T23:59:59Z", json.RootElement.GetProperty("as_of").GetString());
        var prison = Assert.Single(json.RootElement.GetProperty("facilities").EnumerateArray(), f => f.GetProperty("facility").GetString() == "F-SV-1");
        foreach (var field in new[] { "capacity", "population", "occupancy", "arrivals", "departures", "net_per_day", "full_at", "places_needed", "series" })
        {
            Assert.True(prison.TryGetProperty(field, out _), field);
        }

        Assert.Equal(40000, prison.GetProperty("capacity").GetInt32());
        Assert.Equal(0, text);
        Assert.Contains("F-SV-1", table, StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.Contains("--facility: no facility 'F-NOPE'", error, StringComparison.Ordinal);
    }
}

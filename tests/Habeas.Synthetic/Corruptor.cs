namespace Habeas.Synthetic;

/// <summary>
/// Turns a person into a record as a careless list would: each corruption, in a fixed order, is offered to the
/// record if it can apply and then happens with its rate. The order matters only where one corruption removes what
/// another needs (a dropped birth date cannot also be off by one).
/// </summary>
internal static class Corruptor
{
    public static void Apply(Person person, RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        draft.Reset(person);
        tally.CountRecord();
        CorruptNames(person, draft, rates, tally, ref random);
        CorruptDate(draft, rates, tally, ref random);
        CorruptANumber(draft, rates, tally, ref random);
        CorruptCountry(draft, rates, tally, ref random);
    }

    private static bool Offer(CorruptionKind kind, RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        var hit = random.Chance(rates.Of(kind));
        tally.Count(kind, hit);
        if (hit)
        {
            draft.Mark(kind);
        }

        return hit;
    }

    private static void CorruptNames(Person person, RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        var variantToken = PickVariantToken(draft, ref random);
        if (variantToken >= 0 && Offer(CorruptionKind.NameVariant, draft, rates, tally, ref random))
        {
            var name = draft.Token(variantToken);
            var variant = random.Pick(Names.VariantNames.Of(name)!);
            // Court and police lists often carry a nickname in quotes after the name: Francisco "Pancho".
            var quoted = person.Culture == Culture.Spanish && variantToken < draft.Given.Count && random.Chance(0.25);
            draft.SetToken(variantToken, quoted ? $"{name} \"{variant}\"" : variant);
        }

        if ((person.Culture is Culture.Spanish or Culture.Brazilian) && draft.Surnames.Count == 2
            && Offer(CorruptionKind.MaternalSurnameDropped, draft, rates, tally, ref random))
        {
            draft.Surnames.RemoveAt(person.MaternalSurnameIndex);
        }

        if (draft.Given.Count >= 2 && char.IsLetter(draft.Given[1][0])
            && Offer(CorruptionKind.MiddleNameInitial, draft, rates, tally, ref random))
        {
            draft.Given[1] = string.Concat(draft.Given[1].AsSpan(0, 1), ".");
        }

        if (person.Culture == Culture.Spanish && SpanishMisspelling.CanApply(draft)
            && Offer(CorruptionKind.PhoneticMisspelling, draft, rates, tally, ref random))
        {
            SpanishMisspelling.Apply(draft, ref random);
        }

        if (Typos.CanApply(draft) && Offer(CorruptionKind.Typo, draft, rates, tally, ref random))
        {
            Typos.Apply(draft, ref random);
        }

        if (AnyAccent(draft))
        {
            if (Offer(CorruptionKind.DiacriticsRemoved, draft, rates, tally, ref random))
            {
                for (var i = 0; i < draft.TokenCount; i++)
                {
                    draft.SetToken(i, Diacritics.Fold(draft.Token(i)));
                }
            }
        }
        else if (AnyAccentable(draft) && Offer(CorruptionKind.DiacriticsAdded, draft, rates, tally, ref random))
        {
            for (var i = 0; i < draft.TokenCount; i++)
            {
                if (NameBook.Accented.TryGetValue(draft.Token(i), out var accented))
                {
                    draft.SetToken(i, accented);
                }
            }
        }

        if (draft.Surnames.Count == 2 && Offer(CorruptionKind.SurnamesHyphenated, draft, rates, tally, ref random))
        {
            draft.Hyphenated = true;
        }

        if (Offer(CorruptionKind.NameOrderSwapped, draft, rates, tally, ref random))
        {
            draft.Swapped = true;
        }
    }

    private static int PickVariantToken(RecordDraft draft, ref SeededRandom random)
    {
        var found = 0;
        var chosen = -1;
        for (var i = 0; i < draft.TokenCount; i++)
        {
            // Reservoir choice of one token among those with a variant, without a list.
            if (Names.VariantNames.Of(draft.Token(i)) is { Length: > 0 } && random.Next(++found) == 0)
            {
                chosen = i;
            }
        }

        return chosen;
    }

    private static bool AnyAccent(RecordDraft draft)
    {
        for (var i = 0; i < draft.TokenCount; i++)
        {
            if (Diacritics.Has(draft.Token(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyAccentable(RecordDraft draft)
    {
        for (var i = 0; i < draft.TokenCount; i++)
        {
            if (NameBook.Accented.ContainsKey(draft.Token(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static void CorruptDate(RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        if (Offer(CorruptionKind.DobMissing, draft, rates, tally, ref random))
        {
            draft.Dob = RecordDraft.DateForm.Missing;
            return;
        }

        if (Offer(CorruptionKind.DobYearOnly, draft, rates, tally, ref random))
        {
            draft.Dob = RecordDraft.DateForm.YearOnly;
            return;
        }

        var date = draft.DateOfBirth;
        if (date.Day <= 12 && date.Day != date.Month && Offer(CorruptionKind.DobDayMonthSwapped, draft, rates, tally, ref random))
        {
            date = new DateOnly(date.Year, date.Day, date.Month);
        }

        if (Offer(CorruptionKind.DobOffByOne, draft, rates, tally, ref random))
        {
            date = date.AddDays(random.Chance(0.5) ? 1 : -1);
        }

        draft.DateOfBirth = date;
    }

    private static void CorruptANumber(RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        if (Offer(CorruptionKind.ANumberMissing, draft, rates, tally, ref random))
        {
            draft.ANumber = 0;
            return;
        }

        if (Offer(CorruptionKind.ANumberDigitTypo, draft, rates, tally, ref random))
        {
            draft.ANumber = ANumberSlips.ReplaceDigit(draft.ANumber, ref random);
        }

        if (ANumberSlips.CanTranspose(draft.ANumber) && Offer(CorruptionKind.ANumberTransposition, draft, rates, tally, ref random))
        {
            draft.ANumber = ANumberSlips.Transpose(draft.ANumber, ref random);
        }
    }

    private static void CorruptCountry(RecordDraft draft, CorruptionRates rates, CorruptionTally tally, ref SeededRandom random)
    {
        if (Offer(CorruptionKind.CountryMissing, draft, rates, tally, ref random))
        {
            draft.CountryWritten = RecordDraft.CountryForm.Missing;
        }
        else if (Offer(CorruptionKind.CountryOtherForm, draft, rates, tally, ref random))
        {
            draft.CountryWritten = RecordDraft.CountryForm.Other;
        }
    }
}

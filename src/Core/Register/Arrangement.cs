namespace Verbonden.Core.Register;

/// <summary>
/// A cooperation arrangement: a gemeenschappelijke regeling under the Wgr, a private legal person in which
/// governments take part, or an agreement. The aggregate root of the register.
/// </summary>
public sealed class Arrangement
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The citeertitel of the regeling, where it has one.</summary>
    public string? CitationTitle { get; set; }
    public LegalForm LegalForm { get; set; } = LegalForm.Onbekend;
    public RegelingType RegelingType { get; set; }
    public ArrangementStatus Status { get; set; } = ArrangementStatus.Actief;
    /// <summary>Vestigingsplaats (seat) of the arrangement or of its work organisation.</summary>
    public string? Seat { get; set; }
    public string? Postcode { get; set; }
    /// <summary>CBS code of the province whose register lists it (region context).</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>Regions whose overzichtskaart lists the arrangement, separated by "; " (e.g. "Twente; West-Overijssel").</summary>
    public string? Region { get; set; }
    public string? PolicyDomain { get; set; }
    public string? Purpose { get; set; }
    /// <summary>The public interests the regeling serves (Wgr art. 10).</summary>
    public string? InterestsServed { get; set; }
    public string? TransferredPowers { get; set; }
    public string? Tasks { get; set; }
    public DateOnly? DateInForce { get; set; }
    public DateOnly? DateEnded { get; set; }
    /// <summary>When the cooperation was first recorded as an intention; with status Actief it counts as realised.</summary>
    public DateOnly? IntendedSince { get; set; }
    public string? CbsGrCode { get; set; }
    public string? KvkNumber { get; set; }
    public string? Rsin { get; set; }
    public string? Oin { get; set; }
    public string? Notes { get; set; }
    /// <summary>Where the record came from (import name and reference), for provenance.</summary>
    public string? Source { get; set; }
    /// <summary>Optimistic concurrency token; incremented on every save.</summary>
    public int Version { get; set; }

    public List<Participation> Participations { get; set; } = [];
    public List<GoverningBody> Bodies { get; set; } = [];
    public List<ArrangementDocument> Documents { get; set; } = [];

    public BbvCategory BbvCategory => LegalFormInfo.Of(LegalForm).Bbv;

    /// <summary>The column of the overzichtskaart this arrangement is counted in.</summary>
    public OverviewCategory OverviewCategory =>
        Status == ArrangementStatus.Intentie ? OverviewCategory.Intentie
        : LegalForm == LegalForm.OpenbaarLichaam ? OverviewCategory.PubliekWgrOl
        : LegalFormInfo.Of(LegalForm).IsPrivate ? OverviewCategory.Privaat
        : OverviewCategory.OverigPubliek;

    /// <summary>True when the arrangement was an intention on <paramref name="reference"/> and is active now.</summary>
    public bool IsRealisedSince(DateOnly reference) =>
        Status == ArrangementStatus.Actief && IntendedSince is { } i && i <= reference && (DateInForce is null || DateInForce > reference);

    public IEnumerable<string> RegionNames => (Region ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Participations in force on <paramref name="day"/> (join and leave dates inclusive).</summary>
    public IEnumerable<Participation> ParticipantsOn(DateOnly day) => Participations.Where(p => p.IsActiveOn(day));

    /// <summary>Adds a participant; refuses a second open participation of the same organisation.</summary>
    public Participation AddParticipant(int organisationId, DateOnly? joined = null, ParticipantRole role = ParticipantRole.Deelnemer, int? votes = null)
    {
        if (Participations.Any(p => p.OrganisationId == organisationId && p.LeftOn is null))
            throw new DomainException("Deze organisatie neemt al deel aan de regeling.", nameof(Participation.OrganisationId));
        var p = new Participation { OrganisationId = organisationId, JoinedOn = joined, Role = role, Votes = votes };
        p.Validate();
        Participations.Add(p);
        return p;
    }

    /// <summary>Checks the invariants of the arrangement itself; throws with the field at fault.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new DomainException("Vul de naam van de regeling in.", nameof(Name));
        if (Name.Length > 300) throw new DomainException("De naam is langer dan 300 tekens.", nameof(Name));
        if (DateEnded is { } end && DateInForce is { } start && end < start)
            throw new DomainException("De einddatum ligt vóór de datum van inwerkingtreding.", nameof(DateEnded));
        if (Status == ArrangementStatus.Opgeheven && DateEnded is null)
            throw new DomainException("Een opgeheven regeling heeft een einddatum.", nameof(DateEnded));
        if (CbsGrCode is { Length: > 0 } gr && !Identifiers.IsCbsGrCode(gr))
            throw new DomainException("Een CBS-code van een gemeenschappelijke regeling is 'GR' met vier cijfers, bijvoorbeeld GR0316.", nameof(CbsGrCode));
        if (KvkNumber is { Length: > 0 } kvk && !Identifiers.IsKvk(kvk))
            throw new DomainException("Een KvK-nummer heeft 8 cijfers.", nameof(KvkNumber));
        if (Rsin is { Length: > 0 } rsin && !Identifiers.IsRsin(rsin))
            throw new DomainException("Een RSIN heeft 9 cijfers en voldoet aan de elfproef.", nameof(Rsin));
        if (Oin is { Length: > 0 } oin && !Identifiers.IsOin(oin))
            throw new DomainException("Een OIN heeft 20 cijfers.", nameof(Oin));
    }
}

public enum ParticipantRole { Deelnemer, Centrumgemeente, Oprichter, Aandeelhouder, Lid, Opdrachtgever }

/// <summary>An organisation's membership of an arrangement, with its period (both ends inclusive) and votes.</summary>
public sealed class Participation
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public ParticipantRole Role { get; set; }
    /// <summary>Votes in the algemeen bestuur (Wgr art. 13 lid 4 allows weighting); null = not recorded.</summary>
    public int? Votes { get; set; }
    /// <summary>The participant name as written in the source, kept for provenance.</summary>
    public string? SourceName { get; set; }

    public bool IsActiveOn(DateOnly day) => (JoinedOn is null || JoinedOn <= day) && (LeftOn is null || day <= LeftOn);

    public void Validate()
    {
        if (LeftOn is { } left && JoinedOn is { } joined && left < joined)
            throw new DomainException("De datum van uittreding ligt vóór de datum van toetreding.", nameof(LeftOn));
        if (Votes is < 0) throw new DomainException("Het aantal stemmen kan niet negatief zijn.", nameof(Votes));
    }
}

public enum DocumentKind { Regeling, Wijziging, Begroting, Jaarrekening, Kaderbrief, Evaluatie, Overig }

public sealed class ArrangementDocument
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public required string Title { get; set; }
    public DocumentKind Kind { get; set; }
    public string? Url { get; set; }
    /// <summary>CVDR identifier of the published text, e.g. "CVDR723690".</summary>
    public string? CvdrId { get; set; }
    public DateOnly? Date { get; set; }

    public string? CvdrUrl => CvdrId is null ? null : $"https://lokaleregelgeving.overheid.nl/{CvdrId}";
}

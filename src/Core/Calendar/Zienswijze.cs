namespace Verbonden.Core.Calendar;

/// <summary>What a zienswijze is about.</summary>
public enum ZienswijzeSubject { Ontwerpbegroting, Kaderbrief, Begrotingswijziging, OntwerpRegeling, Overig }

/// <summary>
/// A council's zienswijze on a document of an arrangement (Wgr art. 35 lid 3; since 1 July 2022 also on a draft
/// regeling and its amendments). One record per council, arrangement, budget year and subject.
/// </summary>
public sealed class Zienswijze
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    /// <summary>The participating municipality (or province, waterschap) whose council sent it.</summary>
    public int OrganisationId { get; set; }
    public int BudgetYear { get; set; }
    public ZienswijzeSubject Subject { get; set; } = ZienswijzeSubject.Ontwerpbegroting;
    public DateOnly ReceivedOn { get; set; }
    public string? Text { get; set; }
    public string? DocumentUrl { get; set; }
    /// <summary>The reaction of the dagelijks bestuur to the zienswijze.</summary>
    public string? Reaction { get; set; }
    public DateOnly? ReactionOn { get; set; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(DocumentUrl))
            throw new DomainException("Vul de tekst van de zienswijze in of verwijs naar het document.", nameof(Text));
        if (DocumentUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            throw new DomainException("De link naar het document moet beginnen met https:// of http://.", nameof(DocumentUrl));
        if (ReactionOn is { } r && r < ReceivedOn)
            throw new DomainException("De reactie van het dagelijks bestuur ligt vóór de ontvangst van de zienswijze.", nameof(ReactionOn));
        if (BudgetYear is < 1900 or > 9998) throw new DomainException("Het begrotingsjaar ligt niet tussen 1900 en 9998.", nameof(BudgetYear));
    }
}

public enum ZienswijzeStatus
{
    /// <summary>Received on or before the last day of the term.</summary>
    OpTijd,
    /// <summary>Received after the last day of the term.</summary>
    TeLaat,
    /// <summary>Nothing received and the term has passed.</summary>
    Uitgebleven,
    /// <summary>Nothing received yet, but the term is still running.</summary>
    Open,
}

public static class ZienswijzeCheck
{
    /// <summary>The status of a council's zienswijze against the last day of the term, seen on <paramref name="today"/>.</summary>
    public static ZienswijzeStatus Status(DateOnly? receivedOn, DateOnly lastDay, DateOnly today) => receivedOn switch
    {
        { } r when r <= lastDay => ZienswijzeStatus.OpTijd,
        not null => ZienswijzeStatus.TeLaat,
        null when today > lastDay => ZienswijzeStatus.Uitgebleven,
        _ => ZienswijzeStatus.Open,
    };

    public static string Label(this ZienswijzeStatus s) => s switch
    {
        ZienswijzeStatus.OpTijd => "Op tijd ontvangen",
        ZienswijzeStatus.TeLaat => "Te laat ontvangen",
        ZienswijzeStatus.Uitgebleven => "Geen zienswijze ontvangen",
        _ => "Termijn loopt nog",
    };

    public static string Id(this ZienswijzeStatus s) => s switch
    {
        ZienswijzeStatus.OpTijd => "op-tijd",
        ZienswijzeStatus.TeLaat => "te-laat",
        ZienswijzeStatus.Uitgebleven => "uitgebleven",
        _ => "open",
    };
}

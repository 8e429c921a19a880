namespace Verbonden.Core.Register;

/// <summary>
/// A note of the provincial supervisor (toezichtnotitie, Wgr art. 36 and the Gemeentewet's interbestuurlijk toezicht)
/// about an arrangement. Not public: only supervisors and beheerders read it.
/// </summary>
public sealed class SupervisoryNote
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    /// <summary>The province (or other organisation) on whose behalf the note was written.</summary>
    public int? OrganisationId { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset WrittenAt { get; set; }

    public const int MaxLength = 4000;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Text)) throw new DomainException("Vul de tekst van de notitie in.", nameof(Text));
        if (Text.Length > MaxLength) throw new DomainException($"De notitie mag niet langer zijn dan {MaxLength} tekens.", nameof(Text));
    }
}

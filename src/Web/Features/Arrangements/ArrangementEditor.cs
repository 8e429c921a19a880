using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>A field error with the message in Dutch (web forms) and English (API problem+json).</summary>
public sealed record FieldError(string Field, string Dutch, string English);

/// <summary>Thrown when someone else saved the arrangement after it was loaded (optimistic concurrency).</summary>
public sealed class EditConflictException(Arrangement current) : Exception("The arrangement was changed by someone else.")
{
    public Arrangement Current { get; } = current;
}

/// <summary>Creates and edits arrangements for the web form and the API alike. All input arrives as text and is validated here.</summary>
public sealed class ArrangementEditor(VerbondenDbContext db, RegisterAccess access)
{
    /// <summary>The editable data of an arrangement. Property names are the API's (Dutch, camelCase in JSON).</summary>
    public sealed record Command
    {
        public string? Naam { get; set; }
        public string? Citeertitel { get; set; }
        public string? Samenwerkingsvorm { get; set; }
        public string? SoortRegeling { get; set; }
        public string? Status { get; set; }
        public string? Vestigingsplaats { get; set; }
        public string? Postcode { get; set; }
        public string? Provincie { get; set; }
        public string? Beleidsterrein { get; set; }
        public string? Doel { get; set; }
        public string? Belangen { get; set; }
        public string? OvergedragenBevoegdheden { get; set; }
        public string? Taken { get; set; }
        public string? DatumInwerkingtreding { get; set; }
        public string? DatumOpheffing { get; set; }
        public string? CbsGrCode { get; set; }
        public string? KvkNummer { get; set; }
        public string? Rsin { get; set; }
        public string? Oin { get; set; }
        /// <summary>The version the editor started from; a stale version gives a conflict.</summary>
        public int? Versie { get; set; }

        public static Command From(Arrangement a) => new()
        {
            Naam = a.Name, Citeertitel = a.CitationTitle, Samenwerkingsvorm = a.LegalForm.Id(), SoortRegeling = a.RegelingType.ToString().ToLowerInvariant(),
            Status = a.Status.ToString().ToLowerInvariant(), Vestigingsplaats = a.Seat, Postcode = a.Postcode, Provincie = a.ProvinceCode,
            Beleidsterrein = a.PolicyDomain, Doel = a.Purpose, Belangen = a.InterestsServed, OvergedragenBevoegdheden = a.TransferredPowers,
            Taken = a.Tasks, DatumInwerkingtreding = a.DateInForce?.ToString("yyyy-MM-dd"), DatumOpheffing = a.DateEnded?.ToString("yyyy-MM-dd"),
            CbsGrCode = a.CbsGrCode, KvkNummer = a.KvkNumber, Rsin = a.Rsin, Oin = a.Oin, Versie = a.Version,
        };
    }

    public sealed record Outcome(Arrangement? Arrangement, IReadOnlyList<FieldError> Errors);

    /// <summary>Creates an arrangement; one created by a redacteur gets the redacteur's organisation as its first participant.</summary>
    public async Task<Outcome> Create(Command c, CancellationToken ct)
    {
        access.EnsureCanCreateArrangement();
        var a = new Arrangement { Name = "" };
        var errors = Apply(c, a);
        if (errors.Count > 0) return new(null, errors);
        if (access.CreatorOrganisation is { } org) a.AddParticipant(org);
        db.Arrangements.Add(a);
        await db.SaveChangesAsync(ct);
        return new(a, []);
    }

    /// <summary>Updates an arrangement; null when it does not exist; throws <see cref="EditConflictException"/> on a stale version.</summary>
    public async Task<Outcome?> Update(int id, Command c, CancellationToken ct)
    {
        var a = await db.Arrangements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        await access.EnsureCanEditArrangementAsync(id, ct);
        if (c.Versie is { } v && v != a.Version) throw new EditConflictException(a);
        var errors = Apply(c, a);
        if (errors.Count > 0) return new(null, errors);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new EditConflictException(await db.Arrangements.AsNoTracking().FirstAsync(x => x.Id == id, ct));
        }
        return new(a, []);
    }

    /// <summary>Validates every field and copies the valid input onto <paramref name="a"/>; returns all errors at once.</summary>
    static List<FieldError> Apply(Command c, Arrangement a)
    {
        var errors = new List<FieldError>();
        var name = c.Naam?.Trim() ?? "";
        if (name.Length == 0) errors.Add(new("naam", "Vul de naam van de regeling in.", "naam is required."));
        else if (name.Length > 300) errors.Add(new("naam", "De naam mag niet langer zijn dan 300 tekens.", "naam must be at most 300 characters."));
        var form = LegalFormInfo.FromId(c.Samenwerkingsvorm?.Trim());
        if (form is null) errors.Add(new("samenwerkingsvorm", "Kies een samenwerkingsvorm uit de lijst.",
            $"samenwerkingsvorm must be one of: {string.Join(", ", LegalFormInfo.All.Select(f => f.Id))}."));
        var type = ParseEnum<RegelingType>(c.SoortRegeling, "soortRegeling", "Kies het soort regeling uit de lijst.", errors) ?? RegelingType.Onbekend;
        var status = ParseEnum<ArrangementStatus>(c.Status, "status", "Kies een status uit de lijst.", errors) ?? ArrangementStatus.Actief;
        var inForce = ParseDate(c.DatumInwerkingtreding, "datumInwerkingtreding", "datum van inwerkingtreding", errors);
        var ended = ParseDate(c.DatumOpheffing, "datumOpheffing", "datum van opheffing", errors);
        var province = Blank(c.Provincie)?.ToUpperInvariant();
        if (province is not null && !Regions.Provinces.ContainsKey(province))
            errors.Add(new("provincie", "Kies een provincie uit de lijst.", "provincie must be a CBS province code PV20–PV31."));
        Check(c.CbsGrCode, Identifiers.IsCbsGrCode, "cbsGrCode", "Een CBS-code van een regeling is 'GR' met vier cijfers, bijvoorbeeld GR0316.", "cbsGrCode must be GR followed by four digits.", errors);
        Check(c.KvkNummer, Identifiers.IsKvk, "kvkNummer", "Een KvK-nummer bestaat uit 8 cijfers.", "kvkNummer must be 8 digits.", errors);
        Check(c.Rsin, Identifiers.IsRsin, "rsin", "Een RSIN bestaat uit 9 cijfers en voldoet aan de elfproef.", "rsin must be 9 digits passing the elfproef.", errors);
        Check(c.Oin, Identifiers.IsOin, "oin", "Een OIN bestaat uit 20 cijfers.", "oin must be 20 digits.", errors);
        if (inForce is { } s && ended is { } e && e < s)
            errors.Add(new("datumOpheffing", "De datum van opheffing ligt vóór de datum van inwerkingtreding.", "datumOpheffing is before datumInwerkingtreding."));
        if (status == ArrangementStatus.Opgeheven && ended is null && !errors.Any(x => x.Field == "datumOpheffing"))
            errors.Add(new("datumOpheffing", "Vul de datum van opheffing in: de regeling heeft de status opgeheven.", "datumOpheffing is required when status is opgeheven."));
        foreach (var (value, field, max) in new[] { (c.Citeertitel, "citeertitel", 300), (c.Vestigingsplaats, "vestigingsplaats", 100), (c.Postcode, "postcode", 10), (c.Beleidsterrein, "beleidsterrein", 100) })
            if (value?.Trim().Length > max) errors.Add(new(field, $"Dit veld mag niet langer zijn dan {max} tekens.", $"{field} must be at most {max} characters."));
        if (errors.Count > 0) return errors;

        a.Name = name; a.CitationTitle = Blank(c.Citeertitel); a.LegalForm = form!.Value; a.RegelingType = type; a.Status = status;
        a.Seat = Blank(c.Vestigingsplaats); a.Postcode = Blank(c.Postcode); a.ProvinceCode = province; a.PolicyDomain = Blank(c.Beleidsterrein);
        a.Purpose = Blank(c.Doel); a.InterestsServed = Blank(c.Belangen); a.TransferredPowers = Blank(c.OvergedragenBevoegdheden); a.Tasks = Blank(c.Taken);
        a.DateInForce = inForce; a.DateEnded = ended; a.CbsGrCode = Blank(c.CbsGrCode); a.KvkNumber = Blank(c.KvkNummer); a.Rsin = Blank(c.Rsin); a.Oin = Blank(c.Oin);
        try { a.Validate(); }
        catch (DomainException ex) { errors.Add(new(ex.Field ?? "", ex.Message, ex.Message)); }
        return errors;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static T? ParseEnum<T>(string? s, string field, string dutch, List<FieldError> errors) where T : struct, Enum
    {
        if (Blank(s) is not { } v) return null;
        if (Enum.TryParse<T>(v, true, out var r) && Enum.IsDefined(r) && !v.All(char.IsDigit)) return r;
        errors.Add(new(field, dutch, $"{field} must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."));
        return null;
    }

    static DateOnly? ParseDate(string? s, string field, string label, List<FieldError> errors)
    {
        if (Blank(s) is not { } v) return null;
        if (IsoDate.TryParse(v, out var d)) return d;
        errors.Add(new(field, $"Vul de {label} in als jjjj-mm-dd, bijvoorbeeld 2015-01-01.", $"{field} must be a date in the form yyyy-mm-dd."));
        return null;
    }

    static void Check(string? value, Func<string, bool> valid, string field, string dutch, string english, List<FieldError> errors)
    {
        if (Blank(value) is { } v && !valid(v)) errors.Add(new(field, dutch, english));
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Adds and ends participations, and records bodies and seats, for the web forms and the API.</summary>
public sealed class MembershipEditor(VerbondenDbContext db, RegisterAccess access)
{
    public sealed record ParticipantCommand
    {
        /// <summary>CBS code or Verbonden code of the organisation (GM0153).</summary>
        public string? Deelnemer { get; set; }
        public string? Toegetreden { get; set; }
        public string? Rol { get; set; }
        public string? Stemmen { get; set; }
    }

    public sealed record SeatCommand
    {
        public string? Orgaan { get; set; }
        public string? Naam { get; set; }
        public string? Functie { get; set; }
        public string? Namens { get; set; }
        public string? Stemmen { get; set; }
    }

    public async Task<(Participation? Participation, List<FieldError> Errors)?> AddParticipant(int arrangementId, ParticipantCommand c, CancellationToken ct)
    {
        var a = await db.Arrangements.Include(x => x.Participations).FirstOrDefaultAsync(x => x.Id == arrangementId, ct);
        if (a is null) return null;
        await access.EnsureCanEditArrangementAsync(arrangementId, ct);
        var errors = new List<FieldError>();
        var org = await FindOrganisation(c.Deelnemer, "deelnemer", errors, ct);
        var joined = Date(c.Toegetreden, "toegetreden", errors);
        var role = ParticipantRole.Deelnemer;
        if (!string.IsNullOrWhiteSpace(c.Rol) && !Enum.TryParse(c.Rol, true, out role))
            errors.Add(new("rol", "Kies een rol uit de lijst.", $"rol must be one of: {string.Join(", ", Enum.GetNames<ParticipantRole>())}."));
        var votes = Number(c.Stemmen, "stemmen", errors);
        if (errors.Count > 0) return (null, errors);
        try
        {
            var p = a.AddParticipant(org!.Id, joined, role, votes);
            p.SourceName = org.Name;
            await db.SaveChangesAsync(ct);
            return (p, errors);
        }
        catch (DomainException e)
        {
            return (null, [new(e.Field == nameof(Participation.OrganisationId) ? "deelnemer" : "toegetreden", e.Message,
                e.Field == nameof(Participation.OrganisationId) ? "the organisation already takes part in this arrangement." : e.Message)]);
        }
    }

    /// <summary>Ends a participation on a date (uittreding); the history stays.</summary>
    public async Task<List<FieldError>?> EndParticipation(int arrangementId, int participationId, string? leftOn, CancellationToken ct)
    {
        var p = await db.Participations.FirstOrDefaultAsync(x => x.Id == participationId && x.ArrangementId == arrangementId, ct);
        if (p is null) return null;
        await access.EnsureCanEditArrangementAsync(arrangementId, ct);
        var errors = new List<FieldError>();
        var left = Date(leftOn, "uitgetreden", errors);
        if (left is null && errors.Count == 0) errors.Add(new("uitgetreden", "Vul de datum van uittreding in.", "uitgetreden is required."));
        if (errors.Count > 0) return errors;
        p.LeftOn = left;
        try { p.Validate(); }
        catch (DomainException e) { return [new("uitgetreden", e.Message, "uitgetreden is before the date the participant joined.")]; }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<List<FieldError>?> AddBody(int arrangementId, string? type, string? name, CancellationToken ct)
    {
        if (!await db.Arrangements.AnyAsync(a => a.Id == arrangementId, ct)) return null;
        await access.EnsureCanEditArrangementAsync(arrangementId, ct);
        if (!Enum.TryParse<BodyType>(type, true, out var bodyType) || string.IsNullOrWhiteSpace(type))
            return [new("orgaantype", "Kies het soort orgaan uit de lijst.", $"type must be one of: {string.Join(", ", Enum.GetNames<BodyType>())}.")];
        db.Bodies.Add(new GoverningBody { ArrangementId = arrangementId, Type = bodyType, Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim() });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<FieldError>?> AddSeat(int arrangementId, SeatCommand c, CancellationToken ct)
    {
        if (!await db.Arrangements.AnyAsync(a => a.Id == arrangementId, ct)) return null;
        await access.EnsureCanEditArrangementAsync(arrangementId, ct);
        var errors = new List<FieldError>();
        GoverningBody? body = null;
        if (int.TryParse(c.Orgaan, out var bodyId))
            body = await db.Bodies.FirstOrDefaultAsync(b => b.Id == bodyId && b.ArrangementId == arrangementId, ct);
        if (body is null) errors.Add(new("orgaan", "Kies het orgaan uit de lijst.", "orgaan must be the id of a body of this arrangement."));
        if (string.IsNullOrWhiteSpace(c.Naam)) errors.Add(new("naam", "Vul de naam van het lid in.", "naam is required."));
        if (!Enum.TryParse<SeatFunction>(c.Functie, true, out var function) || string.IsNullOrWhiteSpace(c.Functie))
            errors.Add(new("functie", "Kies een functie uit de lijst.", $"functie must be one of: {string.Join(", ", Enum.GetNames<SeatFunction>())}."));
        int? orgId = null;
        if (!string.IsNullOrWhiteSpace(c.Namens))
        {
            var org = await FindOrganisation(c.Namens, "namens", errors, ct);
            if (org is not null && !await db.Participations.AnyAsync(p => p.ArrangementId == arrangementId && p.OrganisationId == org.Id, ct))
                errors.Add(new("namens", $"{org.Name} neemt niet deel aan deze regeling.", $"{org.Code} is not a participant of this arrangement."));
            orgId = org?.Id;
        }
        var votes = Number(c.Stemmen, "stemmen", errors);
        if (errors.Count > 0) return errors;
        body!.Seats.Add(new BodySeat { PersonName = c.Naam!.Trim(), Function = function, OrganisationId = orgId, Votes = votes });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<bool> RemoveSeat(int arrangementId, int seatId, CancellationToken ct)
    {
        var seat = await db.Seats.FirstOrDefaultAsync(s => s.Id == seatId && db.Bodies.Any(b => b.Id == s.GoverningBodyId && b.ArrangementId == arrangementId), ct);
        if (seat is null) return false;
        await access.EnsureCanEditArrangementAsync(arrangementId, ct);
        db.Seats.Remove(seat);
        await db.SaveChangesAsync(ct);
        return true;
    }

    async Task<Organisation?> FindOrganisation(string? code, string field, List<FieldError> errors, CancellationToken ct)
    {
        var c = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(c)) { errors.Add(new(field, "Kies een organisatie.", $"{field} is required.")); return null; }
        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Code == c, ct);
        if (org is null) errors.Add(new(field, $"Er is geen organisatie met code {c}.", $"{field}: no organisation with code {c}."));
        return org;
    }

    static DateOnly? Date(string? s, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (IsoDate.TryParse(s.Trim(), out var d)) return d;
        errors.Add(new(field, "Vul de datum in als jjjj-mm-dd.", $"{field} must be a date in the form yyyy-mm-dd."));
        return null;
    }

    static int? Number(string? s, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(new(field, "Vul een heel getal van 0 of meer in.", $"{field} must be a whole number of 0 or more."));
        return null;
    }
}

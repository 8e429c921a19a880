using Verbonden.Core.Register;

namespace Verbonden.Core.Governance;

/// <summary>Builds the validator's input from a registered arrangement, so the arrangement page can show its findings.</summary>
public static class ArrangementMapping
{
    /// <summary>
    /// The governance of <paramref name="arrangement"/> on <paramref name="day"/>: the participations active that day,
    /// every body with its seats, and what the register knows of the regeling's provisions.
    /// </summary>
    /// <remarks>
    /// Participants are named by their organisation's name (else the name in the source, else "organisatie {id}"),
    /// so the Dutch findings read naturally. A seat without its own votes takes the participation's votes when it is
    /// that participant's only seat in the body. The register records only the interests served (Wgr art. 10); all
    /// other provisions stay unknown. Load <see cref="Arrangement.Participations"/> with their organisations and
    /// <see cref="Arrangement.Bodies"/> with their seats before calling.
    /// </remarks>
    public static GovernanceInput FromArrangement(Arrangement arrangement, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var active = arrangement.ParticipantsOn(day).ToList();
        var names = arrangement.Participations
            .GroupBy(p => p.OrganisationId)
            .ToDictionary(g => g.Key, g => NameOf(g.First()));

        string Participant(int organisationId, Organisation? loaded) =>
            names.TryGetValue(organisationId, out var name) ? name : loaded?.Name ?? $"organisatie {organisationId}";

        var bodies = arrangement.Bodies.Select(body => new GovernanceBody(body.Type, body.Seats.Select(seat =>
        {
            var participant = seat.OrganisationId is { } id ? Participant(id, seat.Organisation) : null;
            var votes = seat.Votes;
            if (votes is null && seat.OrganisationId is { } org && body.Seats.Count(s => s.OrganisationId == org) == 1)
                votes = active.FirstOrDefault(p => p.OrganisationId == org)?.Votes;
            return new GovernanceMember(seat.PersonName, participant, seat.Function, votes);
        }).ToList(), body.Name)).ToList();

        Dictionary<string, bool>? provisions = string.IsNullOrWhiteSpace(arrangement.InterestsServed) ? null : new() { ["belangen"] = true };
        return new GovernanceInput(arrangement.LegalForm, arrangement.RegelingType,
            active.Select(p => names[p.OrganisationId]).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            bodies, day, provisions);
    }

    static string NameOf(Participation p) => p.Organisation?.Name ?? p.SourceName ?? $"organisatie {p.OrganisationId}";
}

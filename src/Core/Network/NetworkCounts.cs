using Verbonden.Core.Register;

namespace Verbonden.Core.Network;

/// <summary>Counts of one municipality's arrangements on a reference date.</summary>
public sealed record MunicipalityCounts(int OrganisationId, int Total, IReadOnlyDictionary<BbvCategory, int> ByCategory, IReadOnlyDictionary<LegalForm, int> ByLegalForm);

/// <summary>A change between two reference dates.</summary>
public sealed record Trend(DateOnly From, DateOnly To, int ArrangementsFrom, int ArrangementsTo, int ParticipationsFrom, int ParticipationsTo)
{
    public int ArrangementsChange => ArrangementsTo - ArrangementsFrom;
    public int ParticipationsChange => ParticipationsTo - ParticipationsFrom;
}

public static class NetworkCounts
{
    public static MunicipalityCounts For(int organisationId, IEnumerable<NetworkArrangement> network)
    {
        var own = network.Where(a => a.Participants.Contains(organisationId)).ToList();
        return new(organisationId, own.Count,
            own.GroupBy(a => LegalFormInfo.Of(a.Form).Bbv).ToDictionary(g => g.Key, g => g.Count()),
            own.GroupBy(a => a.Form).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Number of participants per arrangement, keyed by arrangement id.</summary>
    public static IReadOnlyDictionary<int, int> ParticipantsPerArrangement(IEnumerable<NetworkArrangement> network) =>
        network.ToDictionary(a => a.Id, a => a.Participants.Count);

    /// <summary>Compares two snapshots of the network (arrangements with at least one participant, and memberships).</summary>
    public static Trend Compare(DateOnly from, IReadOnlyCollection<NetworkArrangement> atFrom, DateOnly to, IReadOnlyCollection<NetworkArrangement> atTo) =>
        new(from, to, atFrom.Count(a => a.Participants.Count > 0), atTo.Count(a => a.Participants.Count > 0),
            atFrom.Sum(a => a.Participants.Count), atTo.Sum(a => a.Participants.Count));
}

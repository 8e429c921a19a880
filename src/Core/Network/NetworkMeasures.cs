using Verbonden.Core.Register;

namespace Verbonden.Core.Network;

/// <summary>An arrangement as a node of the network, with the organisations taking part on the reference date.</summary>
public sealed record NetworkArrangement(int Id, string Name, LegalForm Form, string? PolicyDomain, string? ProvinceCode, IReadOnlyCollection<int> Participants);

/// <summary>A participant as a node of the network.</summary>
public sealed record NetworkParticipant(int Id, string Code, string Name, OrganisationType Type, string? ProvinceCode);

/// <summary>
/// Boogers' network characteristics of one municipality (seed 003 §4.2.3; Boogers 2016, p. 14).
/// </summary>
/// <param name="Relations">Number of cooperation relations: the arrangements the municipality takes part in.</param>
/// <param name="Partners">Distinct other organisations it cooperates with across those arrangements.</param>
/// <param name="Congruence">Mean Jaccard overlap of the partner sets over all pairs of its arrangements (0–1);
/// 1 = always the same partners. Null with fewer than two arrangements that have partners.</param>
/// <param name="Integrality">Share of its policy domains (0–1) that it handles inside recurring partner clusters:
/// groups of at least two arrangements whose partner sets overlap by at least the cluster threshold.
/// Null when none of its arrangements has a policy domain.</param>
/// <param name="Clusters">The recurring partner clusters, largest first.</param>
public sealed record MunicipalityMeasures(int OrganisationId, int Relations, int Partners, double? Congruence, double? Integrality, IReadOnlyList<PartnerCluster> Clusters);

/// <summary>Arrangements of one municipality with (nearly) the same partners, and the policy domains they cover.</summary>
public sealed record PartnerCluster(IReadOnlyList<int> ArrangementIds, IReadOnlyList<string> Domains);

public static class NetworkMeasures
{
    /// <summary>Two arrangements belong to the same partner cluster when their partner sets overlap at least this much (Jaccard).</summary>
    public const double ClusterThreshold = 0.5;

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets count as 0 (no shared partners).</summary>
    public static double Jaccard(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var inter = a.Count(b.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }

    public static MunicipalityMeasures For(int organisationId, IEnumerable<NetworkArrangement> network, double threshold = ClusterThreshold)
    {
        var own = network.Where(a => a.Participants.Contains(organisationId)).OrderBy(a => a.Id).ToList();
        var partnerSets = own.Select(a => (IReadOnlySet<int>)a.Participants.Where(p => p != organisationId).ToHashSet()).ToList();
        var partners = partnerSets.SelectMany(s => s).Distinct().Count();

        // Congruence: mean pairwise Jaccard over the arrangements that have at least one partner.
        var withPartners = Enumerable.Range(0, own.Count).Where(i => partnerSets[i].Count > 0).ToList();
        double? congruence = null;
        if (withPartners.Count >= 2)
        {
            double sum = 0; var pairs = 0;
            for (var i = 0; i < withPartners.Count; i++)
                for (var j = i + 1; j < withPartners.Count; j++) { sum += Jaccard(partnerSets[withPartners[i]], partnerSets[withPartners[j]]); pairs++; }
            congruence = sum / pairs;
        }

        // Clusters: single-linkage groups of arrangements whose partner sets overlap at least `threshold`.
        var parent = Enumerable.Range(0, own.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var i in withPartners)
            foreach (var j in withPartners.Where(j => j > i))
                if (Jaccard(partnerSets[i], partnerSets[j]) >= threshold) parent[Find(i)] = Find(j);
        var clusters = withPartners.GroupBy(Find).Where(g => g.Count() >= 2)
            .Select(g => new PartnerCluster(
                g.Select(i => own[i].Id).ToList(),
                g.Select(i => Domain(own[i])).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderByDescending(c => c.ArrangementIds.Count).ThenBy(c => c.ArrangementIds[0]).ToList();

        var domains = own.Select(Domain).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        double? integrality = domains.Count == 0 ? null
            : (double)domains.Count(d => clusters.Any(c => c.Domains.Contains(d, StringComparer.OrdinalIgnoreCase))) / domains.Count;
        return new(organisationId, own.Count, partners, congruence, integrality, clusters);
    }

    static string? Domain(NetworkArrangement a) => string.IsNullOrWhiteSpace(a.PolicyDomain) ? null : a.PolicyDomain.Trim();

    /// <summary>Dutch explanations shown next to each measure.</summary>
    public static class Explanations
    {
        public const string Relations = "Het aantal samenwerkingsverbanden waaraan de gemeente deelneemt. Hoe meer relaties, hoe lastiger de democratische controle door de raad.";
        public const string Partners = "Het aantal verschillende organisaties waarmee de gemeente in die verbanden samenwerkt.";
        public const string Congruence = "Congruentie: werkt de gemeente steeds met dezelfde partners? Voor elk paar regelingen meten we de overlap van de partners (gedeelde partners gedeeld door alle partners van beide, de Jaccard-index) en nemen het gemiddelde. 1 = altijd dezelfde partners, 0 = nooit een gedeelde partner.";
        public const string Integrality = "Integraliteit: worden verschillende beleidsterreinen in een beperkt aantal vaste partnergroepen belegd? Een vaste partnergroep is een groep van ten minste twee regelingen met grotendeels (minstens de helft) dezelfde partners. Het getal is het deel van de beleidsterreinen van de gemeente dat binnen zo'n vaste groep valt.";
    }
}

using Verbonden.Core.Network;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Network;

public class NetworkMeasuresTests
{
    static NetworkArrangement A(int id, string? domain, params int[] participants) =>
        new(id, $"R{id}", LegalForm.OpenbaarLichaam, domain, "PV21", participants);

    [Fact]
    public void Jaccard_HandComputed()
    {
        Assert.Equal(0.5, NetworkMeasures.Jaccard(new HashSet<int> { 1, 2, 3 }, new HashSet<int> { 1, 2, 9 }));
        Assert.Equal(1.0, NetworkMeasures.Jaccard(new HashSet<int> { 1, 2 }, new HashSet<int> { 2, 1 }));
        Assert.Equal(0.0, NetworkMeasures.Jaccard(new HashSet<int> { 1 }, new HashSet<int> { 2 }));
        Assert.Equal(0.0, NetworkMeasures.Jaccard(new HashSet<int>(), new HashSet<int>()));
    }

    [Fact]
    public void Measures_OnAThreeArrangementGraph()
    {
        // Municipality 1 takes part in three arrangements.
        //   R1 {1,2,3} domain Zorg        partners {2,3}
        //   R2 {1,2,3,4} domain Veiligheid partners {2,3,4}
        //   R3 {1,5} domain Afval          partners {5}
        // Jaccard: R1-R2 = 2/3, R1-R3 = 0, R2-R3 = 0 → congruence = (2/3)/3 = 2/9.
        // Cluster (≥ 0.5): {R1, R2} covering Zorg and Veiligheid → integrality = 2 of 3 domains.
        // R4 {2,3} does not involve municipality 1 and is ignored.
        var net = new[] { A(1, "Zorg", 1, 2, 3), A(2, "Veiligheid", 1, 2, 3, 4), A(3, "Afval", 1, 5), A(4, "Zorg", 2, 3) };
        var m = NetworkMeasures.For(1, net);
        Assert.Equal(3, m.Relations);
        Assert.Equal(4, m.Partners);
        Assert.Equal(2.0 / 9, m.Congruence!.Value, 10);
        Assert.Equal(2.0 / 3, m.Integrality!.Value, 10);
        var cluster = Assert.Single(m.Clusters);
        Assert.Equal([1, 2], cluster.ArrangementIds.Order());
        Assert.Equal(["Veiligheid", "Zorg"], cluster.Domains);
    }

    [Fact]
    public void Measures_AlwaysTheSamePartners_IsFullyCongruentAndIntegral()
    {
        var net = new[] { A(1, "Zorg", 1, 2, 3), A(2, "Werk", 3, 2, 1), A(3, "Afval", 1, 2, 3) };
        var m = NetworkMeasures.For(1, net);
        Assert.Equal(1.0, m.Congruence);
        Assert.Equal(1.0, m.Integrality);
        Assert.Equal(3, Assert.Single(m.Clusters).ArrangementIds.Count);
    }

    [Fact]
    public void Measures_ClustersLinkTransitively_AtTheThresholdBoundary()
    {
        // R1 {2,3} and R2 {2,3,4,5}: Jaccard exactly 0.5 → linked. R2 and R3 {4,5}: 0.5 → linked. R1-R3 = 0.
        var net = new[] { A(1, "Zorg", 1, 2, 3), A(2, "Werk", 1, 2, 3, 4, 5), A(3, "Afval", 1, 4, 5), A(4, null, 1, 9) };
        var m = NetworkMeasures.For(1, net);
        Assert.Equal([1, 2, 3], Assert.Single(m.Clusters).ArrangementIds.Order());
        Assert.Equal(1.0, m.Integrality);   // R4 has no domain and does not count
        // Pairs: (1,2)=.5 (1,3)=0 (1,4)=0 (2,3)=.5 (2,4)=0 (3,4)=0 → 1/6.
        Assert.Equal(1.0 / 6, m.Congruence!.Value, 10);
    }

    [Fact]
    public void Measures_WithOneArrangement_HaveNoCongruence()
    {
        var m = NetworkMeasures.For(1, [A(1, "Zorg", 1, 2)]);
        Assert.Equal(1, m.Relations);
        Assert.Null(m.Congruence);
        Assert.Equal(0.0, m.Integrality);
        Assert.Null(NetworkMeasures.For(7, [A(1, null, 1, 2)]).Integrality);
    }

    [Fact]
    public void Counts_ByCategoryAndLegalForm_AndTrend()
    {
        var net = new[]
        {
            A(1, null, 1, 2),
            new NetworkArrangement(2, "NV", LegalForm.Nv, null, null, [1, 3]),
            new NetworkArrangement(3, "Stichting", LegalForm.Stichting, null, null, [1]),
            new NetworkArrangement(4, "Ander", LegalForm.Bv, null, null, [2]),
        };
        var c = NetworkCounts.For(1, net);
        Assert.Equal(3, c.Total);
        Assert.Equal(1, c.ByCategory[BbvCategory.GemeenschappelijkeRegeling]);
        Assert.Equal(1, c.ByCategory[BbvCategory.VennootschapOfCooperatie]);
        Assert.Equal(1, c.ByLegalForm[LegalForm.Stichting]);
        Assert.Equal(2, NetworkCounts.ParticipantsPerArrangement(net)[2]);

        var trend = NetworkCounts.Compare(new(2016, 1, 1), net[..2], new(2026, 1, 1), net);
        Assert.Equal(2, trend.ArrangementsChange);
        Assert.Equal(2, trend.ParticipationsChange);
    }

    [Fact]
    public void Svg_HasANodePerArrangementAndParticipant_AndAnEdgePerMembership()
    {
        var net = new[] { A(1, "Zorg", 1, 2, 3), A(2, "Werk", 1, 2) };
        var orgs = new[] { 1, 2, 3 }.Select(i => new NetworkParticipant(i, $"GM000{i}", $"Gemeente <{i}>", OrganisationType.Gemeente, "PV21")).ToList();
        var svg = NetworkSvg.Render(net, orgs, "Netwerk & test");
        var doc = System.Xml.Linq.XDocument.Parse(svg);   // well-formed XML
        var ns = (System.Xml.Linq.XNamespace)"http://www.w3.org/2000/svg";
        Assert.Equal(2, doc.Descendants(ns + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("arr ") == true));
        Assert.Equal(3, doc.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "org"));
        Assert.Equal(5, doc.Descendants(ns + "line").Count());
        Assert.Contains("Gemeente &lt;1&gt;", svg);
        Assert.DoesNotContain("<style>", NetworkSvg.Render(net, orgs, "x", standalone: false));
    }
}

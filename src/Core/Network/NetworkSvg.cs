using System.Globalization;
using System.Net;
using System.Text;
using Verbonden.Core.Register;

namespace Verbonden.Core.Network;

/// <summary>
/// Draws the bipartite network of arrangements and participants as a standalone SVG document.
/// </summary>
/// <remarks>
/// The layout is deterministic and linear in the number of memberships, so 400+ arrangements stay readable
/// and fast: participants sit on an outer ring, grouped by province and sorted by name; each arrangement sits
/// at the barycentre of its participants, pulled inwards, so regional arrangements land near their region and
/// national ones near the centre. Nodes carry data attributes (form, province) for the page's filter script.
/// </remarks>
public static class NetworkSvg
{
    const double Ring = 1000;
    const double Size = 1240;
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public sealed record Point(double X, double Y);

    public sealed record Layout(IReadOnlyDictionary<int, Point> Participants, IReadOnlyDictionary<int, Point> Arrangements);

    public static Layout Place(IReadOnlyList<NetworkArrangement> arrangements, IReadOnlyList<NetworkParticipant> participants)
    {
        var used = arrangements.SelectMany(a => a.Participants).ToHashSet();
        var ring = participants.Where(p => used.Contains(p.Id))
            .OrderBy(p => p.ProvinceCode ?? "~").ThenBy(p => p.Type).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var orgs = new Dictionary<int, Point>();
        for (var i = 0; i < ring.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, ring.Count) - Math.PI / 2;
            orgs[ring[i].Id] = new(Ring * Math.Cos(angle), Ring * Math.Sin(angle));
        }
        var arrs = new Dictionary<int, Point>();
        foreach (var a in arrangements)
        {
            var pts = a.Participants.Where(orgs.ContainsKey).Select(p => orgs[p]).ToList();
            double x = 0, y = 0;
            if (pts.Count > 0) { x = pts.Average(p => p.X) * 0.82; y = pts.Average(p => p.Y) * 0.82; }
            // Spread arrangements with the same barycentre on a small golden-angle spiral.
            var k = (a.Id * 2654435761u) % 997;
            var r = 6 + 22 * Math.Sqrt(k / 997.0);
            var t = k * 2.39996;
            arrs[a.Id] = new(x + r * Math.Cos(t), y + r * Math.Sin(t));
        }
        return new(orgs, arrs);
    }

    /// <summary>The CSS class for an arrangement node, by its overview column.</summary>
    public static string FormClass(LegalForm form) => form switch
    {
        LegalForm.OpenbaarLichaam => "f-ol",
        LegalForm.WgrOnbekend => "f-wgr",
        _ when LegalFormInfo.Of(form).IsWgr => "f-wgr",
        _ when LegalFormInfo.Of(form).IsPrivate => "f-priv",
        _ => "f-other",
    };

    public static string Render(IReadOnlyList<NetworkArrangement> arrangements, IReadOnlyList<NetworkParticipant> participants, string title, bool standalone = true)
    {
        var layout = Place(arrangements, participants);
        var byId = participants.ToDictionary(p => p.Id);
        var sb = new StringBuilder(arrangements.Sum(a => a.Participants.Count) * 90 + 4096);
        var half = Size / 2;
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{-half} {-half} {Size} {Size}\" role=\"img\" aria-labelledby=\"net-title net-desc\" class=\"network\">\n");
        // A standalone file carries its own styles; inline on a page the site stylesheet styles it (the CSP forbids inline styles).
        sb.Append("<title id=\"net-title\">").Append(E(title)).Append("</title>\n");
        sb.Append(Inv, $"<desc id=\"net-desc\">{arrangements.Count} regelingen (binnen) en {layout.Participants.Count} deelnemers (buitenring). Een lijn verbindt een regeling met een deelnemer.</desc>\n");
        if (standalone) sb.Append("<style>.edge{stroke:#5a6b7b;stroke-opacity:.18;stroke-width:.8}.arr circle{stroke:#fff;stroke-width:.8}")
          .Append(".f-ol circle{fill:#0b5394}.f-wgr circle{fill:#6fa8dc}.f-priv circle{fill:#b45f06}.f-other circle{fill:#674ea7}")
          .Append(".org circle{fill:#222}.org text{font:9px sans-serif;fill:#222}.dim{opacity:.08}.hl .edge{stroke:#c00;stroke-opacity:.9;stroke-width:1.5}</style>\n");
        sb.Append("<g class=\"arrs\">\n");
        foreach (var a in arrangements)
        {
            var pa = layout.Arrangements[a.Id];
            var ps = string.Join(' ', a.Participants.Where(layout.Participants.ContainsKey));
            sb.Append(Inv, $"<g class=\"arr {FormClass(a.Form)}\" id=\"a{a.Id}\" data-form=\"{a.Form.Id()}\" data-province=\"{E(a.ProvinceCode ?? "")}\" data-orgs=\"{ps}\">");
            foreach (var p in a.Participants)
                if (layout.Participants.TryGetValue(p, out var po))
                    sb.Append(Inv, $"<line class=\"edge\" x1=\"{R(pa.X)}\" y1=\"{R(pa.Y)}\" x2=\"{R(po.X)}\" y2=\"{R(po.Y)}\"/>");
            var rad = 3 + Math.Min(6, Math.Sqrt(a.Participants.Count));
            sb.Append(Inv, $"<circle cx=\"{R(pa.X)}\" cy=\"{R(pa.Y)}\" r=\"{R(rad)}\"><title>{E(a.Name)} ({E(a.Form.Label())}, {a.Participants.Count} deelnemers)</title></circle></g>\n");
        }
        sb.Append("</g>\n<g class=\"orgs\">\n");
        foreach (var (id, po) in layout.Participants)
        {
            var p = byId[id];
            var deg = Math.Atan2(po.Y, po.X) * 180 / Math.PI;
            var flip = deg is > 90 or < -90;
            var (tx, ty) = (po.X * 1.012, po.Y * 1.012);
            var rot = flip ? deg + 180 : deg;
            sb.Append(Inv, $"<g class=\"org\" id=\"o{id}\" data-province=\"{E(p.ProvinceCode ?? "")}\" data-code=\"{E(p.Code)}\"><circle cx=\"{R(po.X)}\" cy=\"{R(po.Y)}\" r=\"3\"><title>{E(p.Name)}</title></circle>");
            sb.Append(Inv, $"<text x=\"{R(tx)}\" y=\"{R(ty)}\" transform=\"rotate({R(rot)} {R(tx)} {R(ty)})\" text-anchor=\"{(flip ? "end" : "start")}\" dominant-baseline=\"middle\">{E(p.Name)}</text></g>\n");
        }
        sb.Append("</g>\n</svg>\n");
        return sb.ToString();
    }

    static string R(double v) => Math.Round(v, 1).ToString(Inv);
    static string E(string s) => WebUtility.HtmlEncode(s);
}

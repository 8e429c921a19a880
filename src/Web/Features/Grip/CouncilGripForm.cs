using Verbonden.Core;
using System.Globalization;
using Verbonden.Core.Reporting;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Grip;

/// <summary>The posted council-grip form of one arrangement, as typed: role, instruments, evaluation and the six questions.</summary>
public sealed class CouncilGripForm
{
    public string? Rol { get; set; }
    public bool Zienswijze { get; set; }
    public bool Informatieplicht { get; set; }
    public bool Onderzoek { get; set; }
    public bool Adviescommissie { get; set; }
    public string? EvaluatieInterval { get; set; }
    public string? LaatsteEvaluatie { get; set; }
    public string? NutEnNoodzaak { get; set; }
    public string? Visie { get; set; }
    public string? Positie { get; set; }
    public string? Sturing { get; set; }
    public string? Controle { get; set; }
    public string? Risico { get; set; }
    public string? Monitoring { get; set; }

    public const int MaxAnswer = 4000;

    public static CouncilGripForm From(CouncilGrip g) => new()
    {
        Rol = g.Role.ToString(), Zienswijze = g.UsesZienswijze, Informatieplicht = g.UsesInformationDuty, Onderzoek = g.UsesInquiry,
        Adviescommissie = g.UsesAdvisoryCommittee, EvaluatieInterval = g.EvaluationIntervalYears?.ToString(CultureInfo.InvariantCulture),
        LaatsteEvaluatie = g.LastEvaluationOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NutEnNoodzaak = g.Necessity,
        Visie = g.Vision, Positie = g.CouncilPosition, Sturing = g.Steering, Controle = g.Control, Risico = g.RisksAndExit, Monitoring = g.Monitoring,
    };

    /// <summary>The answer fields in the order of the handreiking, each with its field id and the key of <see cref="CouncilGrip.SixQuestions"/>.</summary>
    IEnumerable<(string Id, string Key, string Name, string? Value)> Answers() =>
    [
        ("visie", "visie", nameof(Visie), Visie), ("positie", "positie", nameof(Positie), Positie), ("sturing", "sturing", nameof(Sturing), Sturing),
        ("controle", "controle", nameof(Controle), Controle), ("risico", "risico", nameof(Risico), Risico), ("monitoring", "monitoring", nameof(Monitoring), Monitoring),
    ];

    /// <summary>Checks the form and copies it onto <paramref name="g"/> when it is valid; otherwise <paramref name="g"/> is untouched.</summary>
    public List<(string Field, string Message)> ApplyTo(CouncilGrip g, DateOnly today)
    {
        var errors = new List<(string Field, string Message)>();
        var role = CouncilRole.Onbekend;
        if (!string.IsNullOrEmpty(Rol) && !(Enum.TryParse(Rol, out role) && Enum.IsDefined(role)))
            errors.Add(("rol", "Kies de rol van de raad uit de lijst."));
        int? interval = null;
        if (!string.IsNullOrWhiteSpace(EvaluatieInterval))
        {
            if (int.TryParse(EvaluatieInterval.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20) interval = n;
            else errors.Add(("evaluatie-interval", "Vul het evaluatie-interval in als een heel aantal jaren van 1 tot en met 20."));
        }
        DateOnly? last = null;
        if (!string.IsNullOrWhiteSpace(LaatsteEvaluatie))
        {
            if (!IsoDate.TryParse(LaatsteEvaluatie.Trim(), out var d))
                errors.Add(("laatste-evaluatie", "Vul de datum van de laatste evaluatie in als jjjj-mm-dd, bijvoorbeeld 2024-03-01."));
            else if (d > today) errors.Add(("laatste-evaluatie", "De laatste evaluatie kan niet in de toekomst liggen."));
            else last = d;
        }
        if (NutEnNoodzaak?.Trim().Length > MaxAnswer) errors.Add(("nut-en-noodzaak", $"Nut en noodzaak: gebruik hoogstens {MaxAnswer} tekens."));
        foreach (var (id, _, name, value) in Answers())
            if (value?.Trim().Length > MaxAnswer) errors.Add((id, $"{Label(id)}: gebruik hoogstens {MaxAnswer} tekens."));
        if (errors.Count > 0) return errors;

        static string? T(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        (g.Role, g.UsesZienswijze, g.UsesInformationDuty, g.UsesInquiry, g.UsesAdvisoryCommittee) = (role, Zienswijze, Informatieplicht, Onderzoek, Adviescommissie);
        (g.EvaluationIntervalYears, g.LastEvaluationOn, g.Necessity) = (interval, last, T(NutEnNoodzaak));
        (g.Vision, g.CouncilPosition, g.Steering, g.Control, g.RisksAndExit, g.Monitoring) = (T(Visie), T(Positie), T(Sturing), T(Controle), T(Risico), T(Monitoring));
        return errors;
    }

    static string Label(string id) => id switch
    {
        "visie" => "Visie", "positie" => "Positie van de raad", "sturing" => "Sturing", "controle" => "Controle",
        "risico" => "Risico's en uittreding", _ => "Monitoring",
    };

    public FormField RoleField(IReadOnlyList<(string Field, string Message)> errors) =>
        new("rol", "Data.Rol", "Rol van de raad", Rol, E(errors, "rol"))
        {
            Kind = "select",
            Options = [.. Enum.GetValues<CouncilRole>().Select(r => (r.ToString(), CouncilGrip.Label(r)))],
        };

    public IEnumerable<FormField> EvaluationFields(IReadOnlyList<(string Field, string Message)> errors)
    {
        yield return new FormField("evaluatie-interval", "Data.EvaluatieInterval", "Evaluatie-interval volgens de regeling (jaren)", EvaluatieInterval, E(errors, "evaluatie-interval"))
            { Description = "Leeg als de regeling geen termijn noemt; dan wordt vier jaar aangenomen (art. 10 lid 2 Wgr)." };
        yield return new FormField("laatste-evaluatie", "Data.LaatsteEvaluatie", "Datum van de laatste evaluatie", LaatsteEvaluatie, E(errors, "laatste-evaluatie"))
            { Description = "Als jjjj-mm-dd. Leeg als de regeling nog niet is geëvalueerd; dan telt de datum van inwerkingtreding." };
    }

    public IEnumerable<FormField> AnswerFields(CouncilGrip questions, IReadOnlyList<(string Field, string Message)> errors)
    {
        yield return new FormField("nut-en-noodzaak", "Data.NutEnNoodzaak", "Nut en noodzaak", NutEnNoodzaak, E(errors, "nut-en-noodzaak"))
            { Kind = "textarea", Description = "Waarom is deze samenwerking nodig? Voor het begin van een raadsperiode." };
        var wording = questions.SixQuestions.ToDictionary(q => q.Key, q => q.Question);
        foreach (var (id, key, name, value) in Answers())
            yield return new FormField(id, "Data." + name, Label(id), value, E(errors, id)) { Kind = "textarea", Description = wording[key] };
    }

    static string? E(IReadOnlyList<(string Field, string Message)> errors, string id) => errors.FirstOrDefault(e => e.Field == id).Message;
}

using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Import;

/// <summary>The CBS list and then the OpenGR file imported once into SQLite, with the report, for tests that only read.</summary>
public sealed class OpenGrImportFixture : IAsyncLifetime
{
    public static string CbsFile => SharedData.File("cbs_overheidscodes_2016.csv");
    public static string OpenGrFile => SharedData.File("opengr_provincies.csv");

    public TestDatabase Database { get; private set; } = null!;
    public ImportSummary Summary { get; private set; } = null!;
    public TempFiles Files { get; } = new();
    public string ReportPath => Files.PathOf("report.csv");
    public IReadOnlyList<CsvRecord> Report { get; private set; } = [];
    public IReadOnlyList<string> ReportHeader { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await using (var db = Database.Open()) await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
        await using (var db = Database.Open()) Summary = await OpenGrImporter.ImportAsync(db, OpenGrFile, ReportPath);
        var report = CsvSource.Read(ReportPath, OpenGrReportColumns);
        (Report, ReportHeader) = (report.Records, report.Header);
    }

    public static readonly string[] OpenGrReportColumns =
        ["raw_name", "context", "organisation_code", "organisation_name", "organisation_type", "match_method", "status"];

    /// <summary>The file's rows as written: raw participant name and arrangement name.</summary>
    public static IReadOnlyList<(string Participant, string Arrangement, string Province)> FileRows() =>
        CsvSource.Read(OpenGrFile, OpenGrImporter.Columns).Records
            .Select(r => (r.Raw(OpenGrImporter.ParticipantColumn), r.Raw(OpenGrImporter.ArrangementColumn), r.Get("Provincie")))
            .ToList();

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        Files.Dispose();
    }
}

using Gongkai.Data.Supervision;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Audit;
using Gongkai.Bench;
using Gongkai.Cli;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

// Timed harness for the reader and auditor; bench/run.sh runs each phase in a fresh process.
//   text          text reports read + audited per second on one core, against a bare UTF-8 decode + line split
//   pdf           PDF reports read + audited per second, on one core and on all cores
//   make-folder DIR N   writes a folder of N text reports (a separate process, so its memory is not counted)
//   folder DIR    `gongkai audit --format json` over the folder: time and peak memory
//   requests [FILE] [N]  the worklist page (p50/p95) and table 三 by EF Core vs raw SQL with N requests in a SQLite file
//   province-folder DIR  writes a province's reports: 5,000 agencies x 3 years, text/HTML/DOCX by turns
//   province-audit DIR   `gongkai audit DIR --summary --format json`: reports/s and peak memory
//   province-db DIR PROVIDER CONNECTION  the reports collected into a database, then the dashboard and consolidated page
//   requests-pg SERVER [N] [AGENCIES]  N requests (default 10,000,000) on PostgreSQL and one agency's annual report
//   bare URL             a bare ASP.NET Core endpoint (GET / answers "ok"), the baseline of the load test
//   tracking-code PROVIDER CONNECTION  prints a tracking code and its last four digits, for the load test
//   fuzz [N]             N mutated reports of every kind (default 100,000): crashes and silent misreads
//   copies [AGENCIES]    雷同 over AGENCIES (default 5,000) x 3 years of narratives with 1% planted copies: time, recall, false pairs
//   ocr                  scans of the samples under each degradation read by OCR on one core: s/page, cells exact per 1,000
//   totp                            prints the current second-factor code of the demo and bench accounts
var phase = args.FirstOrDefault() ?? "text";
var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt").Order().Select(File.ReadAllBytes).ToArray();

switch (phase)
{
    case "text":
        {
            Harness.PinToOneCore();
            Console.WriteLine($"samples: {samples.Length} text reports, {samples.Sum(s => s.Length) / samples.Length} bytes on average");
            var text = Harness.PerSecond("text reports read + audited (1 core)", samples, bytes => Auditor.Audit(ReportReader.Read(bytes)).Count);
            var bare = Harness.PerSecond("bare UTF-8 decode + line split (1 core)", samples, bytes => Encoding.UTF8.GetString(bytes).Split('\n').Length);
            Console.WriteLine($"ratio to bare decode + split: {bare / text:F1}x");
            break;
        }
    case "pdf":
        {
            var html = samples.Select(s => ReportHtml.Write(ReportReader.Read(s))).ToArray();
            // Word and WPS embed TrueType subsets; Chromium embeds CFF-based Noto CJK as Type 3 fonts, which PdfPig reads slowly.
            foreach (var (fonts, css) in new[] { ("TrueType (WenQuanYi Zen Hei)", "body, table { font-family: \"WenQuanYi Zen Hei\" !important; }"), ("Type 3 (Chromium's Noto CJK)", "") })
            {
                var pdfs = await Harness.PrintPdfs(html.Select(h => h.Replace("<style>", "<style>" + css, StringComparison.Ordinal)));
                Console.WriteLine($"PDFs with {fonts} fonts: {pdfs.Length}, {pdfs.Sum(p => p.Length) / pdfs.Length / 1024} KB on average");
                using (Harness.OneCoreScope())
                    Harness.PerSecond("  read + audited (1 core)", pdfs, bytes => Auditor.Audit(ReportReader.Read(bytes)).Count, seconds: 5);
                var folder = Harness.WriteFolder(pdfs, 120, "pdf");
                Harness.Time($"  gongkai audit over 120 PDFs, all {Environment.ProcessorCount} cores", 120, () => AuditCommand.Run([folder], "json", null, TextWriter.Null, TextWriter.Null));
                Directory.Delete(folder, recursive: true);
            }
            break;
        }
    case "fuzz":
        await Fuzz.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, samples);
        break;
    case "requests":
        await RequestsBench.RunAsync(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "gongkai-bench-1m.db"),
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000);
        break;
    case "kinds":
        {
            // Read + audit per document kind on one core, from the province folder.
            Harness.PinToOneCore();
            foreach (var kind in new[] { "txt", "html", "docx" })
            {
                var files = Directory.GetFiles(args[1], "*." + kind).Take(300).Select(File.ReadAllBytes).ToArray();
                Harness.PerSecond($"{kind} read + audited (1 core)", files, bytes => Auditor.Audit(ReportReader.Read(bytes)).Count);
                if (kind == "docx") Harness.PerSecond("docx opened by the Open XML SDK, body loaded (1 core)", files, bytes =>
                {
                    using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
                    return document.MainDocumentPart!.Document!.Body!.ChildElements.Count;
                });
                if (kind == "docx") Harness.PerSecond("docx package opened only (1 core)", files, bytes =>
                {
                    using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
                    return document.MainDocumentPart is null ? 0 : 1;
                });
                if (kind == "docx") Harness.PerSecond("docx's word/document.xml unzipped and read by XmlReader (1 core)", files, bytes =>
                {
                    using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
                    using var reader = System.Xml.XmlReader.Create(zip.GetEntry("word/document.xml")!.Open());
                    var n = 0;
                    while (reader.Read()) n++;
                    return n;
                });
            }
            break;
        }
    case "dashboard-parts":
        {
            var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Gongkai.Data.GongkaiDbContext>();
            Gongkai.Data.GongkaiDatabase.UseGongkaiSqlite(options, args[1], BenchKey.Value);
            await using var db = new Gongkai.Data.GongkaiDbContext(options.Options);
            var tree = await Gongkai.Web.Supervision.SupervisedAgencies.TreeAsync(db);
            var ids = tree.Subtree(1).Select(a => a.Id).ToHashSet();
            await Harness.TimeEachAsync("tree of all agencies", 20, () => Gongkai.Web.Supervision.SupervisedAgencies.TreeAsync(db));
            await Harness.TimeEachAsync("subtree", 20, () => Task.FromResult(tree.Subtree(1)));
            await Harness.TimeEachAsync("current submissions of the subtree", 20, () => Gongkai.Data.Supervision.SubmissionQueries.CurrentAsync(db, 2025, ids));
            var current = await Gongkai.Data.Supervision.SubmissionQueries.CurrentAsync(db, 2025, ids);
            var wanted = current.Values.Select(s => s.Id).ToHashSet();
            await Harness.TimeEachAsync("tables of the year's reports", 20, () => Gongkai.Data.Supervision.SubmissionQueries.TablesAsync(db, 2025, wanted));
            var tables = await Gongkai.Data.Supervision.SubmissionQueries.TablesAsync(db, 2025, wanted);
            await Harness.TimeEachAsync("tables parsed from JSON", 10, () => Task.FromResult(tables.Values.Select(t => StoredReport.ReadTables(t)).ToList()));
            break;
        }
    case "province-folder":
        ProvinceBench.WriteFolder(args[1]);
        break;
    case "province-audit":
        {
            var count = Directory.GetFiles(args[1]).Length;
            Harness.Time($"gongkai audit --summary --format json over {count} reports of {ProvinceBench.Agencies} agencies, all {Environment.ProcessorCount} cores", count,
                () => AuditCommand.Run([args[1]], "json", null, TextWriter.Null, TextWriter.Null, summary: true));
            Console.WriteLine($"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
            break;
        }
    case "province-db":
        await ProvinceBench.CollectAndBrowseAsync(args[1], args[2], args[3]);
        break;
    case "requests-pg":
        await PostgresRequestsBench.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000_000,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000);
        break;
    case "bare":
        {
            var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapGet("/", () => "ok");
            await app.RunAsync(args[1]);
            break;
        }
    case "tracking-code":
        await LoadTest.PrintTrackingCodeAsync(args[1], args[2]);
        break;
    case "upload-files":
        UploadFiles.Write(args[1]);
        break;
    case "copies":
        CopiesBench.Run(samples, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000);
        break;
    case "ocr":
        await OcrBench.RunAsync(samples);
        break;
    case "totp":
        Console.WriteLine(ProvinceBench.TotpCode());
        break;
    case "make-folder":
        {
            var (folder, count) = (args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var texts = samples.Select(Encoding.UTF8.GetString).ToArray();
            for (var i = 0; i < count; i++)
                File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), texts[i % texts.Length].Replace("卫生健康局", $"第{i}局").Replace("卫健局", $"第{i}局"));
            Console.WriteLine($"wrote {count} text reports to {folder}");
            break;
        }
    case "folder":
        {
            var folder = args[1];
            var count = Directory.GetFiles(folder).Length;
            Harness.Time($"gongkai audit --format json over {count} text reports, all {Environment.ProcessorCount} cores", count,
                () => AuditCommand.Run([folder], "json", null, TextWriter.Null, TextWriter.Null));
            Console.WriteLine($"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
            break;
        }
}

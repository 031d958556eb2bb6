using System.Globalization;
using Gongkai.Agencies;
using Gongkai.Data.Numbering;
using Gongkai.Documents.Writing;
using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Web.Letters;

/// <summary>Issues the letter a step calls for, from the agency's template (or the shipped one), and keeps it with the request.</summary>
public sealed class LetterService(GongkaiDbContext db, Clock clock, CalendarService calendars)
{
    /// <summary>
    /// Adds the letter to the context; the caller saves. A reply is added as a draft for the head to sign off; every other
    /// letter is numbered and issued at once. <paramref name="detail"/> is the step's text (items to correct, reasons).
    /// </summary>
    public async Task<Letter> IssueAsync(InformationRequest request, LetterKind kind, string? detail)
    {
        var agency = await db.Agencies.SingleAsync(a => a.Id == request.AgencyId);
        if (kind == LetterKind.Reply && agency.ReplyProblem is { } problem) throw new DomainException(problem);
        var template = await TemplateAsync(agency.Id, LetterTemplates.KeyOf(kind));
        var today = clock.Today;
        var values = await ValuesAsync(request, agency, detail, today);
        var body = template.Render(values);
        if (kind == LetterKind.Reply)
            return db.Letters.Add(Letter.Draft(agency.Id, request.Id, kind, template.Title, body, today, template.ToApplicant, values["救济途径"])).Entity;
        var number = await db.NextLetterNumberAsync(agency.Id, agency.NumberPrefix, kind, today.Year);
        var letter = new Letter(agency.Id, request.Id, kind, template.Title, number, today, template.ToApplicant, Write(template.Title, number, body, agency, today), body);
        db.Letters.Add(letter);
        return letter;
    }

    /// <summary>The head's sign-off: the draft reply gets the next reply number and its DOCX.</summary>
    public async Task SignOffReplyAsync(InformationRequest request)
    {
        var draft = await ReplyDraftAsync(request) ?? throw new DomainException("没有待签发的答复书。");
        var agency = await db.Agencies.SingleAsync(a => a.Id == request.AgencyId);
        var today = clock.Today;
        var number = await db.NextLetterNumberAsync(agency.Id, agency.NumberPrefix, LetterKind.Reply, today.Year);
        draft.Issue(number, today, Write(draft.Title, number, draft.Body, agency, today));
    }

    public async Task DiscardReplyDraftAsync(InformationRequest request)
    {
        if (await ReplyDraftAsync(request) is { } draft) db.Letters.Remove(draft);
    }

    private Task<Letter?> ReplyDraftAsync(InformationRequest request) =>
        db.Letters.SingleOrDefaultAsync(l => l.RequestId == request.Id && l.Kind == LetterKind.Reply && l.Number == null);

    /// <summary>A draft as it would be issued, for the officer's and the head's preview.</summary>
    public async Task<byte[]> PreviewAsync(Letter draft)
    {
        var agency = await db.Agencies.SingleAsync(a => a.Id == draft.AgencyId);
        return Write(draft.Title, "（草稿，待签发）", draft.Body, agency, clock.Today);
    }

    private static byte[] Write(string title, string number, string body, Agency agency, DateOnly on) =>
        LetterDocx.Write(title, number, body, agency.Name, on, Contact(agency));

    public async Task<LetterTemplate> TemplateAsync(int agencyId, string key)
    {
        var shipped = LetterTemplates.Defaults.Single(t => t.Key == key);
        var own = (await db.LetterTemplates.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(t => t.Key == key))?.ToTemplate(shipped.ToApplicant);
        // An agency's text saved before a placeholder became required (a reply without its remedies) is not used.
        return own is not null && own.MissingPlaceholders().Count == 0 ? own : shipped;
    }

    private async Task<Dictionary<string, string>> ValuesAsync(InformationRequest request, Agency agency, string? detail, DateOnly today)
    {
        var calendar = await calendars.GetAsync();
        var values = new Dictionary<string, string>
        {
            ["申请人"] = request.Applicant.Name,
            ["编号"] = request.Number,
            ["收到日期"] = LetterDocx.ChineseDate(request.ReceivedOn),
            ["所需信息"] = request.Description,
            ["答复期限"] = LetterDocx.ChineseDate(request.Deadline(calendar, today).Due),
            ["查询码"] = request.TrackingCode,
            ["补正事项"] = detail ?? "",
            ["补正期限"] = request.CorrectionWorkingDays.ToString(CultureInfo.InvariantCulture),
            ["第三方"] = request.ConsultedParty ?? detail ?? "",
            ["延期理由"] = request.ExtensionReason ?? "",
            ["申请情况"] = detail ?? "",
            ["公开内容和理由"] = detail ?? "",
            ["收费金额"] = request.FeeAmount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
            ["收费标准"] = request.FeeMethod is { } method ? Fees.Standard(method, request.FeeQuantity ?? 0) : "",
            ["缴费方式"] = request.FeePayment ?? "",
            ["复议机关"] = agency.ReviewBody,
            ["机关名称"] = agency.Name,
            ["机关地址"] = agency.Address,
            ["联系电话"] = agency.Phone,
            ["日期"] = LetterDocx.ChineseDate(today),
        };
        if (request.Outcome is { } outcome)
        {
            values["答复内容"] = outcome.Paragraph(request);
            values["救济途径"] = Remedies.Text(outcome.Remedy, agency.ReviewBody);
        }
        return values;
    }

    private static string Contact(Agency agency) =>
        string.Join("；", new[] { agency.Address.Length > 0 ? $"地址：{agency.Address}" : "", agency.Phone.Length > 0 ? $"电话：{agency.Phone}" : "" }.Where(s => s.Length > 0));
}

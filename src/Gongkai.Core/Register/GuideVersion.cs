using Gongkai.Calendar;

namespace Gongkai.Register;

/// <summary>The two documents every agency keeps and revises (条例第十二条): the guide and the basic catalogue.</summary>
public enum GuideKind
{
    /// <summary>政府信息公开指南.</summary>
    Guide,
    /// <summary>政府信息主动公开基本目录.</summary>
    Catalogue,
}

/// <summary>
/// One revision of an agency's 政府信息公开指南 or 主动公开基本目录, kept with the earlier ones: the reading room shows the newest
/// with its revision date, and every earlier one stays readable.
/// </summary>
public sealed class GuideVersion : IAgencyOwned
{
    private GuideVersion() { }

    public GuideVersion(int agencyId, GuideKind kind, int number, string? text, string? change, DateOnly revisedOn, string by)
    {
        var body = Intake.PlainText.Checked(kind.Title(), text, multiLine: true);
        if (body.Length == 0) throw new DomainException($"请填写《{kind.Title()}》的内容。");
        if (body.Length > MaxText) throw new DomainException($"《{kind.Title()}》不能超过{MaxText}字。");
        var what = Intake.PlainText.Checked("修订说明", change);
        if (number > 1 && what.Length == 0) throw new DomainException("请在“修订说明”中写明本次修订了什么。");
        (AgencyId, Kind, Number, Text, Change, RevisedOn, RevisedBy) = (agencyId, kind, number, body, what, revisedOn, by);
    }

    public const int MaxText = 20_000;

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public GuideKind Kind { get; private set; }
    /// <summary>1 for the first version, then 2, 3…</summary>
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public string Change { get; private set; } = "";
    public DateOnly RevisedOn { get; private set; }
    public string RevisedBy { get; private set; } = "";
}

public static class GuideKinds
{
    public static string Title(this GuideKind kind) => kind == GuideKind.Guide ? "政府信息公开指南" : "政府信息主动公开基本目录";

    /// <summary>
    /// A first version to start from: the guide with the items Art. 12 requires (the agency's contact filled in), the
    /// catalogue from the agency's categories; brackets where only the agency can write.
    /// </summary>
    public static string Draft(this GuideKind kind, string agency, string address, string phone, IEnumerable<string> categories) => kind == GuideKind.Guide
        ? string.Join('\n',
            $"为便于公民、法人和其他组织依法获取{agency}政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
            "一、主动公开。主动公开的政府信息按《政府信息主动公开基本目录》分类编排，通过本机关政府信息公开阅览室（本平台）、政府网站等渠道公开，自形成或者变更之日起20个工作日内公开。",
            "二、依申请公开。申请人可以通过本平台在线申请、信函、当面或者传真等方式提出申请，写明申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径。",
            "本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长答复期限的，经负责人同意并告知申请人，延长期限最长不超过20个工作日。",
            "三、收费。依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》收取信息处理费。",
            $"四、工作机构。{agency}政府信息公开工作机构：【请填写机构名称】；办公地址：{(address.Length > 0 ? address : "【请填写】")}；办公时间：【请填写】；联系电话：{(phone.Length > 0 ? phone : "【请填写】")}；传真：【请填写】。",
            "五、监督和救济。申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。")
        : string.Join('\n', categories.Select((c, i) => $"{i + 1}．{c}").DefaultIfEmpty("【请按本机关职能列出主动公开信息的类别及其内容、公开时限和公开方式。】"));

    public static string Revised(GuideVersion version) => $"第{version.Number}版，{ChinaTime.Written(version.RevisedOn)}修订";
}

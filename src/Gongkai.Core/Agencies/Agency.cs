namespace Gongkai.Agencies;

/// <summary>An agency that discloses information and answers requests: its profile goes on its letters and reports.</summary>
public sealed class Agency
{
    private Agency() { }

    public Agency(string name, bool isDemo = false, int? parentId = null, AgencyLevel level = AgencyLevel.Department)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("机关名称不能为空。");
        Name = name.Trim();
        IsDemo = isDemo;
        ParentId = parentId;
        Level = level;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>A demo agency holds invented data and is marked as such on every page.</summary>
    public bool IsDemo { get; private set; }
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    /// <summary>The prefix of its request numbers and letters ("示卫公开").</summary>
    public string NumberPrefix { get; set; } = "";
    /// <summary>
    /// Where an applicant asks for administrative review of a reply, named on every reply letter (RULES.md): set with
    /// <see cref="SetReviewBody"/>, which refuses a name that does not fit the agency's <see cref="ReviewRoute"/>.
    /// </summary>
    public string ReviewBody { get; private set; } = "";
    public ReviewRoute ReviewRoute { get; private set; }

    public void SetReviewBody(ReviewRoute route, string body)
    {
        if (route.Problem(Name, body) is { } problem) throw new DomainException(problem);
        (ReviewRoute, ReviewBody) = (route, body.Trim());
    }

    /// <summary>Why a reply of this agency cannot be issued yet (no valid review body), or null.</summary>
    public string? ReplyProblem => ReviewRoute.Problem(Name, ReviewBody) is { } problem ? $"答复书不能出具：{problem}请管理员在“机关信息”中填写。" : null;

    /// <summary>The review stages a drafted disclosure passes before publication, in order (default: all four).</summary>
    public string DisclosureStages { get; private set; } = string.Join(',', Register.DisclosureReviews.AllStages);

    public void SetDisclosureStages(IEnumerable<Register.ReviewStage> stages)
    {
        var list = stages.Distinct().Order().ToList();
        if (list.Count == 0) throw new DomainException("请至少保留一个审核环节（信息发布前须经审核，“三审三校”）。");
        DisclosureStages = string.Join(',', list);
    }

    /// <summary>Working days after a normative document within which its interpretation is published (0: the same day).</summary>
    public int InterpretationDays { get; private set; } = Register.InterpretationDeadline.DefaultDays;

    public void SetInterpretationDays(int days)
    {
        if (days is < 0 or > Register.InterpretationDeadline.MaxDays)
            throw new DomainException($"政策解读的发布时限应为0到{Register.InterpretationDeadline.MaxDays}个工作日（填写的是{days}）。");
        InterpretationDays = days;
    }

    /// <summary>The supervising agency, for the hierarchy of supervision.</summary>
    public int? ParentId { get; set; }
    public AgencyLevel Level { get; set; }
}

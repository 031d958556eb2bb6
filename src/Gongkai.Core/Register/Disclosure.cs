namespace Gongkai.Register;

/// <summary>An item disclosed proactively (主动公开), filed under a category of the agency's catalogue.</summary>
public sealed class Disclosure : IAgencyOwned
{
    private Disclosure() { }

    private readonly List<DisclosureEvent> _history = [];

    /// <summary>An entry for information already published (on the website, a 公示栏…): in the reading room at once.</summary>
    public Disclosure(int agencyId, string title, string documentNumber, string category, string channel, DateOnly publishedOn, string body = "", string publisher = "")
    {
        AgencyId = agencyId;
        Edit(title, documentNumber, category, channel, publishedOn, body, publisher);
        State = DisclosureState.Published;
    }

    /// <summary>
    /// A document drafted in Gongkai with its 公开属性 (and the legal ground where it is 不予公开): it is published only
    /// after every review stage of the agency approves it.
    /// </summary>
    public static Disclosure Draft(int agencyId, string title, string documentNumber, string category, string channel, string body, string publisher,
        DisclosureAttribute attribute, string? ground, string drafter, DateTimeOffset at)
    {
        var draft = new Disclosure { AgencyId = agencyId, State = DisclosureState.Draft };
        draft.Edit(title, documentNumber, category, channel, Calendar.ChinaTime.DayOf(at), body, publisher);
        draft.SetAttribute(attribute, ground);
        draft._history.Add(new DisclosureEvent(at, drafter, "起草", $"公开属性：{attribute.Label()}"));
        return draft;
    }

    public DisclosureState State { get; private set; }
    public DisclosureAttribute Attribute { get; private set; }
    /// <summary>The legal ground of a 不予公开 attribute (条例第十四条、第十五条、第十六条…).</summary>
    public string? AttributeGround { get; private set; }
    /// <summary>The stages this item passes, fixed when it is submitted (the agency's configuration then).</summary>
    public string Stages { get; private set; } = "";
    public ReviewStage? CurrentStage { get; private set; }
    public IReadOnlyList<DisclosureEvent> History => _history;

    /// <summary>Whether the public sees it: published, and 主动公开.</summary>
    public bool IsPublic => State == DisclosureState.Published && Attribute == DisclosureAttribute.Proactive;

    public void SetAttribute(DisclosureAttribute attribute, string? ground)
    {
        if (State is not DisclosureState.Draft) throw new DomainException("公开属性在起草时确定；送审后不能更改。");
        ground = Intake.PlainText.Checked("不予公开的依据", ground);
        if (attribute == DisclosureAttribute.NotDisclosed && ground.Length == 0)
            throw new DomainException("公开属性为“不予公开”的，须写明法律依据（如条例第十四条、第十五条、第十六条）。");
        (Attribute, AttributeGround) = (attribute, ground.Length == 0 ? null : ground);
    }

    /// <summary>Sent to the first of the agency's stages.</summary>
    public void Submit(IReadOnlyList<ReviewStage> stages, string by, DateTimeOffset at)
    {
        if (State != DisclosureState.Draft) throw new DomainException($"该信息当前为“{State.Label()}”，不能送审。");
        if (stages.Count == 0) throw new DomainException("本机关没有配置审核环节，请管理员在“机关信息”中设置。");
        Stages = string.Join(',', stages);
        CurrentStage = stages[0];
        State = DisclosureState.InReview;
        _history.Add(new DisclosureEvent(at, by, "送审", $"审核环节：{string.Join("、", stages.Select(s => s.Label()))}"));
    }

    /// <summary>
    /// A reviewer with the duty of the current stage approves it (on to the next stage; after the last it is published or
    /// filed) or returns it to the drafter with a reason. One person decides one stage of an item only.
    /// </summary>
    public void Review(string reviewer, IReadOnlyCollection<ReviewStage> duties, bool approve, string? opinion, DateTimeOffset at)
    {
        if (State != DisclosureState.InReview || CurrentStage is not { } stage) throw new DomainException($"该信息当前为“{State.Label()}”，不在审核中。");
        if (!duties.Contains(stage)) throw new DomainException($"您没有“{stage.Label()}”的职责，不能审核这一环节。");
        if (CurrentRound.Any(e => e.Approved && e.Actor == reviewer))
            throw new DomainException("同一人不能审核同一信息的两个环节。");
        opinion = Intake.PlainText.Checked("审核意见", opinion, multiLine: true);
        if (!approve && opinion.Length == 0) throw new DomainException("退回须写明理由。");
        _history.Add(new DisclosureEvent(at, reviewer, approve ? $"{stage.Label()}通过" : $"{stage.Label()}退回", opinion.Length == 0 ? null : opinion, stage, approve));
        if (!approve)
        {
            (State, CurrentStage) = (DisclosureState.Draft, null);
            return;
        }
        var stages = DisclosureReviews.Parse(Stages);
        var next = stages.SkipWhile(s => s != stage).Skip(1).Cast<ReviewStage?>().FirstOrDefault();
        if (next is not null)
        {
            CurrentStage = next;
            return;
        }
        CurrentStage = null;
        State = Attribute == DisclosureAttribute.Proactive ? DisclosureState.Published : DisclosureState.Filed;
        if (State == DisclosureState.Published) PublishedOn = Calendar.ChinaTime.DayOf(at);
        _history.Add(new DisclosureEvent(at, reviewer, State == DisclosureState.Published ? "发布" : "归档（不公开发布）", null));
    }

    /// <summary>Taken out of the reading room, with the reason, kept in the history.</summary>
    public void Withdraw(string reason, string by, DateTimeOffset at)
    {
        if (State != DisclosureState.Published) throw new DomainException("只有已发布的信息才能撤回。");
        reason = Intake.PlainText.Checked("撤回理由", reason, multiLine: true);
        if (reason.Length == 0) throw new DomainException("请写明撤回的理由。");
        State = DisclosureState.Withdrawn;
        _history.Add(new DisclosureEvent(at, by, "撤回", reason));
    }

    /// <summary>A correction of a published item: the edit, with its reason in the history.</summary>
    public void Correct(string title, string documentNumber, string category, string channel, DateOnly publishedOn, string body, string publisher, string reason, string by, DateTimeOffset at)
    {
        reason = Intake.PlainText.Checked("更正理由", reason, multiLine: true);
        if (State == DisclosureState.Published && reason.Length == 0) throw new DomainException("已发布的信息须写明更正的理由。");
        if (State is DisclosureState.InReview) throw new DomainException("审核中的信息不能修改；请由审核人退回后修改。");
        Edit(title, documentNumber, category, channel, publishedOn, body, publisher);
        if (State == DisclosureState.Published) _history.Add(new DisclosureEvent(at, by, "更正", reason));
    }

    /// <summary>The signature (署名) the published page shows: who approved each stage.</summary>
    public string Signature => string.Join("；", CurrentRound.Where(e => e.Approved).Select(e => $"{e.Stage!.Value.Label()}：{e.Actor}"));

    /// <summary>The stage decisions since the last submission (a return starts the stages again).</summary>
    private IEnumerable<DisclosureEvent> CurrentRound =>
        _history.Skip(_history.FindLastIndex(e => e.Action == "送审") + 1).Where(e => e.Stage is not null);

    /// <summary>The entry's particulars and text; the search words are refreshed where it is saved.</summary>
    private void Edit(string title, string documentNumber, string category, string channel, DateOnly publishedOn, string body, string publisher)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("标题不能为空。");
        if (string.IsNullOrWhiteSpace(category)) throw new DomainException("目录类别不能为空。");
        Title = Intake.PlainText.Checked("标题", title);
        DocumentNumber = Intake.PlainText.Checked("文号", documentNumber);
        Category = Intake.PlainText.Checked("目录类别", category);
        Channel = Intake.PlainText.Checked("公开渠道", channel);
        PublishedOn = publishedOn;
        Body = Intake.PlainText.Checked("正文", body, multiLine: true);
        Publisher = Intake.PlainText.Checked("发布机构", publisher);
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Title { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public string Category { get; private set; } = "";
    /// <summary>Where it was published: 政府网站, 政务新媒体, 公开栏…</summary>
    public string Channel { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
    /// <summary>The text of the information itself, as the reading room shows it.</summary>
    public string Body { get; private set; } = "";
    /// <summary>发布机构, where another than the agency itself (a joint document); empty means the agency.</summary>
    public string Publisher { get; private set; } = "";

    /// <summary>The Chinese words of title, 文号, category and body, space-separated, that the full-text index holds.</summary>
    public string SearchWords { get; private set; } = "";

    /// <summary>What the words are made of; the segmenter sits at the edge, and is applied where the entry is saved.</summary>
    public string IndexedText => string.Join('\n', Title, DocumentNumber, Category, Body);

    public void Index(string words) => SearchWords = words;
}

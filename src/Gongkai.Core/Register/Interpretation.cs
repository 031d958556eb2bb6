namespace Gongkai.Register;

/// <summary>How a policy is explained (the reports' "一图读懂及视频解读").</summary>
public enum InterpretationForm
{
    Text,
    Graphic,
    Video,
    QuestionsAndAnswers,
}

/// <summary>政策解读: an explanation of a normative document, published with it or soon after.</summary>
public sealed class Interpretation : IAgencyOwned
{
    private Interpretation() { }

    public Interpretation(int agencyId, int documentId, InterpretationForm form, string title, string link, DateOnly publishedOn)
    {
        title = Intake.PlainText.Checked("解读标题", title);
        if (title.Length == 0) throw new DomainException("请填写解读的标题。");
        (AgencyId, DocumentId, Form, Title, Link, PublishedOn) = (agencyId, documentId, form, title, Intake.PlainText.Checked("解读链接", link), publishedOn);
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    /// <summary>The normative document it explains.</summary>
    public int DocumentId { get; private set; }
    public InterpretationForm Form { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Where it is published (a page, a video).</summary>
    public string Link { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
}

/// <summary>A training session on open government (the reports' "参加政务公开学习培训1次").</summary>
public sealed class Training : IAgencyOwned
{
    private Training() { }

    public Training(int agencyId, DateOnly heldOn, string topic, int attendees, string organiser)
    {
        topic = Intake.PlainText.Checked("培训主题", topic);
        if (topic.Length == 0) throw new DomainException("请填写培训的主题。");
        if (attendees < 0) throw new DomainException($"参训人数不能为负数（填写的是{attendees}）。");
        (AgencyId, HeldOn, Topic, Attendees, Organiser) = (agencyId, heldOn, topic, attendees, Intake.PlainText.Checked("组织单位", organiser));
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Topic { get; private set; } = "";
    public int Attendees { get; private set; }
    public string Organiser { get; private set; } = "";
}

public static class InterpretationForms
{
    public static string Label(this InterpretationForm form) => form switch
    {
        InterpretationForm.Text => "文字解读",
        InterpretationForm.Graphic => "图文解读（一图读懂）",
        InterpretationForm.Video => "视频解读",
        InterpretationForm.QuestionsAndAnswers => "问答解读",
    };
}

using Gongkai.Requests;

namespace Gongkai.Letters;

/// <summary>
/// The closing paragraph of a reply: where and within what time the applicant may seek review or sue. A refusal to disclose
/// must go to review first (行政复议法 Art. 23 ¶1(四), ¶2), and suit then lies within 15 days of the review decision
/// (行政诉讼法 Art. 45); the review body is named, or the review period stretches to a year (行政复议法 Art. 20 ¶3).
/// </summary>
public static class Remedies
{
    private const string Either =
        "可以自收到本答复之日起60日内向{0}申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。";

    private const string First =
        "应当自收到本答复之日起60日内先向{0}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。";

    public static string Text(Remedy remedy, string reviewBody) => remedy switch
    {
        Remedy.ReviewOrSuit => "如对本答复不服，" + string.Format(null, Either, reviewBody),
        Remedy.ReviewFirst => "根据《中华人民共和国行政复议法》第二十三条的规定，对本机关不予公开的决定不服的，应当先申请行政复议。您如对本答复不服，"
            + string.Format(null, First, reviewBody),
        Remedy.ReviewFirstForWithheldPart => "根据《中华人民共和国行政复议法》第二十三条的规定，对不予公开的部分不服的，应当先申请行政复议。您如对本答复中不予公开的部分不服，"
            + string.Format(null, First, reviewBody) + "您如对本答复的其他内容不服，" + string.Format(null, Either, reviewBody),
    };
}

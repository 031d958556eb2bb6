using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Core.Tests.Letters;

public class LetterTemplateTests
{
    [Fact]
    public void Every_shipped_template_uses_only_known_placeholders_and_has_the_required_ones()
    {
        Assert.All(LetterTemplates.Defaults, t => Assert.Empty(t.UnknownPlaceholders()));
        Assert.All(LetterTemplates.Defaults, t => Assert.Empty(t.MissingPlaceholders()));
        Assert.Equal(["申请日"], new LetterTemplate("x", "x", "{{申请人}}于{{申请日}}").UnknownPlaceholders());
        Assert.Equal(["救济途径"], new LetterTemplate("Reply", "x", "{{申请人}}：{{答复内容}}").MissingPlaceholders());
    }

    [Fact]
    public void Every_letter_kind_has_a_template_and_letters_to_others_than_the_applicant_are_marked()
    {
        Assert.All(Enum.GetValues<LetterKind>(), k => Assert.Single(LetterTemplates.Defaults, t => t.Key == LetterTemplates.KeyOf(k)));
        LetterKind[] toOthers = [LetterKind.ThirdPartyConsultation, LetterKind.AgencyConsultation, LetterKind.ThirdPartyDisclosureNotice];
        Assert.All(LetterTemplates.Defaults, t => Assert.Equal(!toOthers.Any(k => k.ToString() == t.Key), t.ToApplicant));
    }

    [Fact]
    public void Dates_the_agency_promises_include_the_due_day()
    {
        // "即…前予以答复" reads as excluding the due day.
        foreach (var key in new[] { LetterKind.Receipt, LetterKind.ExtensionNotice, LetterKind.DelayNotice })
            Assert.Contains("{{答复期限}}之前（含当日）", LetterTemplates.Defaults.Single(t => t.Key == key.ToString()).Body);
        Assert.All(LetterTemplates.Defaults, t => Assert.DoesNotContain("}}前", t.Body));
    }

    [Fact]
    public void A_value_ending_in_punctuation_never_doubles_the_templates_own()
    {
        var text = new LetterTemplate("ExtensionNotice", "x", "因{{延期理由}}，本机关").Render(new Dictionary<string, string> { ["延期理由"] = "需要调取档案核实。" });
        Assert.Equal("因需要调取档案核实，本机关", text);
    }

    [Fact]
    public void Fee_notice_says_charging_is_the_agencys_choice_and_states_basis_standard_amount_and_payment()
    {
        var body = LetterTemplates.Defaults.Single(t => t.Key == nameof(LetterKind.FeeNotice)).Body;
        Assert.DoesNotContain("应收取", body);
        Assert.DoesNotContain("应按", body);
        Assert.Contains("决定收取", body);
        Assert.Contains("国办函〔2020〕109号", body);
        Assert.Contains("{{收费标准}}", body);
        Assert.Contains("{{收费金额}}", body);
        Assert.Contains("{{缴费方式}}", body);
        Assert.Contains("次日起20个工作日内", body);
    }
}

using Gongkai.Intake;
using Gongkai.Letters;

namespace Gongkai.Core.Tests.Intake;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("张\u0001三", "含有不可显示的控制字符（U+0001）")]
    [InlineData("张\n\u0001三", "含有不可显示的控制字符（U+0001）")]
    [InlineData("张\u202E三", "含有改变文字方向的控制字符（U+202E）")]
    [InlineData("第一行\n第二行", null)]
    [InlineData("姓名\t有制表符", null)]
    [InlineData("生僻字𠀀", null)]
    public void Control_characters_are_refused_wherever_they_stand_and_line_breaks_are_not(string value, string? problem) =>
        Assert.Equal(problem, PlainText.Problem(value));

    [Fact]
    public void A_single_line_field_keeps_one_line_and_a_value_in_a_letter_cannot_start_a_paragraph()
    {
        Assert.Equal("含有不可显示的控制字符（U+D800）", PlainText.Problem("张" + (char)0xD800 + "三"));
        Assert.Equal("张 三", PlainText.Clean(" 张\r\n三 "));
        Assert.Equal("第一行\n第二行", PlainText.Clean("第一行\r\n第二行\r\n", multiLine: true));
        var template = new LetterTemplate("Test", "测试", "因{{延期理由}}，本机关延期。所需信息为：“{{所需信息}}”。");
        var text = template.Render(new Dictionary<string, string> { ["延期理由"] = "需要核实。", ["所需信息"] = "甲\n本机关决定：予以公开。" });
        Assert.Equal("因需要核实，本机关延期。所需信息为：“甲 本机关决定：予以公开。”。", text);
    }

    [Fact]
    public void An_application_with_a_control_character_is_refused_naming_the_field()
    {
        var refused = Assert.Throws<Gongkai.DomainException>(() => Requests.RequestBuilder.Received(name: "王\u0007五"));
        Assert.Equal("申请人姓名或名称含有不可显示的控制字符（U+0007），请删除后再提交。", refused.Message);
    }
}

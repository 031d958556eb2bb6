using Gongkai.Audit;

namespace Gongkai.Core.Tests.Audit;

/// <summary>Pages name each rule in Chinese; the English id stays for scripts and the JSON.</summary>
public class RuleNameTests
{
    [Fact]
    public void Every_rule_has_its_own_Chinese_name()
    {
        var names = Auditor.Rules.Select(r => RuleIds.Name(r.Id)).ToList();

        Assert.DoesNotContain("其他问题", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.DoesNotContain(n, c => c is >= 'A' and <= 'z'));
    }
}

using Gongkai.Register;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Register;

public class NormativeDocumentTests
{
    [Fact]
    public void Issued_repealed_and_in_force_are_counted_per_year()
    {
        var a = new NormativeDocument(1, NormativeKind.NormativeDocument, "甲", "示卫发〔2022〕1号", new DateOnly(2022, 5, 1));
        var b = new NormativeDocument(1, NormativeKind.NormativeDocument, "乙", "示卫发〔2024〕2号", new DateOnly(2024, 3, 1));
        var c = new NormativeDocument(1, NormativeKind.Regulation, "丙", "令第1号", new DateOnly(2024, 3, 1));
        a.Repeal(new DateOnly(2024, 6, 30));
        var counts = new DocumentCounts();

        NormativeDocument.Count([a, b, c], NormativeKind.NormativeDocument, 2024, counts);

        Assert.Equal((1m, 1m, 1m), (counts.Issued, counts.Repealed, counts.InForce));
        NormativeDocument.Count([a, b, c], NormativeKind.NormativeDocument, 2023, counts);
        Assert.Equal((0m, 0m, 1m), (counts.Issued, counts.Repealed, counts.InForce));
    }
}

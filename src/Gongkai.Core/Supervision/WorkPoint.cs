using Gongkai.Access;

namespace Gongkai.Supervision;

/// <summary>
/// One task of a supervising office's 政务公开工作要点 for a year: issued to every agency below it, which records who does it
/// and how far it got (<see cref="WorkPointProgress"/>); section 六 of each agency's report states its progress.
/// </summary>
public sealed class WorkPoint
{
    private WorkPoint() { }

    public WorkPoint(int officeAgencyId, int year, int number, string? title, string? requirement, Actor by, DateTimeOffset at)
    {
        if (!AccessTable.Allows(by.Role, Permission.Supervise, AgencyRelation.Own)) throw new DomainException("工作要点由政务公开办下达。");
        var name = Intake.PlainText.Checked("工作要点", title);
        if (name.Length == 0) throw new DomainException("请填写“工作要点”。");
        if (name.Length > 200) throw new DomainException("“工作要点”不能超过200字。");
        (OfficeAgencyId, Year, Number, Title, Requirement, IssuedBy, IssuedAt) =
            (officeAgencyId, year, number, name, Intake.PlainText.Checked("具体要求", requirement), by.Name, at);
    }

    public int Id { get; private set; }
    /// <summary>The supervising office that issued it; every agency below it carries it out.</summary>
    public int OfficeAgencyId { get; private set; }
    public int Year { get; private set; }
    /// <summary>Its place in the office's list of the year (1, 2, …).</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string Requirement { get; private set; } = "";
    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
}

public enum WorkPointState
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>An agency's progress on one work point: the department (科室) that carries it, its state, what was done, the evidence.</summary>
public sealed class WorkPointProgress : IAgencyOwned
{
    private WorkPointProgress() { }

    public WorkPointProgress(int workPointId, int agencyId)
    {
        (WorkPointId, AgencyId) = (workPointId, agencyId);
    }

    public int Id { get; private set; }
    public int WorkPointId { get; private set; }
    public int AgencyId { get; private set; }
    public string Department { get; private set; } = "";
    public WorkPointState State { get; private set; }
    public string Note { get; private set; } = "";
    /// <summary>Where the evidence is (a published page, a document number).</summary>
    public string Evidence { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Record(string? department, WorkPointState state, string? note, string? evidence, Actor by, DateTimeOffset at)
    {
        var (who, what, proof) = (Intake.PlainText.Checked("承办科室", department), Intake.PlainText.Checked("落实情况", note), Intake.PlainText.Checked("佐证材料", evidence));
        if (who.Length == 0) throw new DomainException("请填写“承办科室”。");
        if (state != WorkPointState.NotStarted && what.Length == 0) throw new DomainException("请在“落实情况”中写明做了什么。");
        if (state == WorkPointState.Done && proof.Length == 0) throw new DomainException("已完成的要点请填写“佐证材料”（如发布的网页地址或文件文号）。");
        (Department, State, Note, Evidence, UpdatedBy, UpdatedAt) = (who, state, what, proof, by.Name, at);
    }
}

public static class WorkPointStates
{
    public static string Label(this WorkPointState state) => state switch
    {
        WorkPointState.NotStarted => "未开始",
        WorkPointState.InProgress => "推进中",
        WorkPointState.Done => "已完成",
    };
}

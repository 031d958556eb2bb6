using Gongkai.Data.PersonalData;

namespace Gongkai.Bench;

/// <summary>The key of the bench databases: one file, which bench/load.sh also gives the web app it starts.</summary>
public static class BenchKey
{
    public const string File = "/tmp/gongkai-bench-personal-data.key";

    public static PersonalDataKey Value { get; } = PersonalDataKey.Load(null, File);
}

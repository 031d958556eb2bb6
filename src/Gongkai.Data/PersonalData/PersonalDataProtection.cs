using Gongkai.Requests;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Data.PersonalData;

/// <summary>Which applicant fields are encrypted at rest, and how the key reaches the model.</summary>
public static class PersonalDataProtection
{
    /// <summary>Every context of Gongkai is opened with the key; a model without it is not built (see <see cref="GongkaiDbContext"/>).</summary>
    public static DbContextOptionsBuilder UsePersonalDataKey(this DbContextOptionsBuilder options, PersonalDataKey key)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptions(key));
        return options.ReplaceService<IModelCacheKeyFactory, ModelCacheKey>();
    }

    internal static PersonalDataKey KeyOf(IDbContextOptions options) =>
        options.FindExtension<PersonalDataOptions>()?.Key
        ?? throw new InvalidOperationException("GongkaiDbContext needs the personal data key: open it with UseGongkaiSqlite/UseGongkaiPostgres.");

    /// <summary>The applicant's fields stored encrypted, with their longest value in characters; the name stays readable for the registers.</summary>
    private static readonly (string Property, int Characters)[] ApplicantFields =
        [(nameof(Applicant.IdNumber), 60), (nameof(Applicant.Phone), 40), (nameof(Applicant.Address), 400), (nameof(Applicant.Email), 200)];

    /// <summary>The name bound into each value's encryption, so a value moved to another column does not open.</summary>
    private static string Field(string property) => "Applicant." + property;

    internal static void ProtectApplicant(this ModelBuilder builder, PersonalDataKey key) =>
        builder.Entity<InformationRequest>().OwnsOne(r => r.Applicant, a =>
        {
            foreach (var (property, characters) in ApplicantFields)
            {
                var field = Field(property);
                a.Property<string>(property)
                    .HasConversion(new ValueConverter<string, string>(value => key.Protect(field, value), stored => key.Unprotect(field, stored)))
                    .HasMaxLength(PersonalDataKey.StoredLength(characters));
            }
        });

    /// <summary>
    /// Encrypts what was stored before encryption existed (read as it is until then), in place and without touching
    /// anything else, so a locked year is not reopened by it. Returns how many requests it encrypted.
    /// </summary>
    public static async Task<int> EncryptStoredAsync(this GongkaiDbContext db, CancellationToken cancel = default)
    {
        var key = KeyOf(db.GetService<IDbContextOptions>());
        var requests = db.Model.FindEntityType(typeof(InformationRequest))!;
        var table = StoreObjectIdentifier.Table(requests.GetTableName()!, requests.GetSchema());
        var applicant = requests.FindNavigation(nameof(InformationRequest.Applicant))!.TargetEntityType;
        var columns = ApplicantFields.Select(f => applicant.FindProperty(f.Property)!.GetColumnName(table)!).ToArray();
        var id = requests.FindProperty(nameof(InformationRequest.Id))!.GetColumnName(table)!;
        var clear = string.Join(" OR ", columns.Select(c => $"(\"{c}\" IS NOT NULL AND \"{c}\" NOT LIKE '{PersonalDataKey.Prefix}%')"));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            var done = 0;
            while (true)
            {
                var rows = new List<(long Id, string?[] Values)>();
                await using (var select = connection.CreateCommand())
                {
                    select.CommandText = $"SELECT \"{id}\", {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table.Name}\" WHERE {clear} LIMIT 500";
                    await using var reader = await select.ExecuteReaderAsync(cancel);
                    while (await reader.ReadAsync(cancel))
                        rows.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                            columns.Select((_, i) => reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1)).ToArray()));
                }
                if (rows.Count == 0) return done;
                await using var transaction = await connection.BeginTransactionAsync(cancel);
                foreach (var (rowId, values) in rows)
                {
                    await using var update = connection.CreateCommand();
                    update.Transaction = transaction;
                    update.CommandText = $"UPDATE \"{table.Name}\" SET {string.Join(", ", columns.Select((c, i) => $"\"{c}\" = @v{i}"))} WHERE \"{id}\" = @id";
                    for (var i = 0; i < columns.Length; i++)
                    {
                        var value = values[i];
                        var parameter = update.CreateParameter();
                        parameter.ParameterName = $"@v{i}";
                        parameter.Value = value is null ? DBNull.Value : PersonalDataKey.IsProtected(value) ? value : key.Protect(Field(ApplicantFields[i].Property), value);
                        update.Parameters.Add(parameter);
                    }
                    var idParameter = update.CreateParameter();
                    idParameter.ParameterName = "@id";
                    idParameter.Value = rowId;
                    update.Parameters.Add(idParameter);
                    await update.ExecuteNonQueryAsync(cancel);
                }
                await transaction.CommitAsync(cancel);
                done += rows.Count;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class PersonalDataOptions(PersonalDataKey key) : IDbContextOptionsExtension
    {
        public PersonalDataKey Key => key;

        public DbContextOptionsExtensionInfo Info => new KeyInfo(this);

        public void ApplyServices(IServiceCollection services) { }

        public void Validate(IDbContextOptions options) { }

        // The key does not change the services EF builds, only the model's converters, which ModelCacheKey keeps apart.
        private sealed class KeyInfo(PersonalDataOptions extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => $"PersonalDataKey={extension.Key.Id} ";

            public override int GetServiceProviderHashCode() => 0;

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is KeyInfo;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Gongkai:PersonalDataKey"] = extension.Key.Id;
        }
    }

    /// <summary>A model per key: its converters hold the key, so a context opened with another key must not reuse it.</summary>
    private sealed class ModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), designTime, KeyOf(context.GetService<IDbContextOptions>()).Id);
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of the reading room that works for Chinese: FTS5 with the trigram tokenizer, kept in step
            // with Disclosures by triggers. SQLite only; PostgreSQL searches with LIKE until pg_trgm is set up.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE DisclosureSearch USING fts5(Title, DocumentNumber, Category, content='Disclosures', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_search_insert AFTER INSERT ON Disclosures BEGIN
                  INSERT INTO DisclosureSearch(rowid, Title, DocumentNumber, Category) VALUES (new.Id, new.Title, new.DocumentNumber, new.Category);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_search_delete AFTER DELETE ON Disclosures BEGIN
                  INSERT INTO DisclosureSearch(DisclosureSearch, rowid, Title, DocumentNumber, Category) VALUES ('delete', old.Id, old.Title, old.DocumentNumber, old.Category);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_search_update AFTER UPDATE ON Disclosures BEGIN
                  INSERT INTO DisclosureSearch(DisclosureSearch, rowid, Title, DocumentNumber, Category) VALUES ('delete', old.Id, old.Title, old.DocumentNumber, old.Category);
                  INSERT INTO DisclosureSearch(rowid, Title, DocumentNumber, Category) VALUES (new.Id, new.Title, new.DocumentNumber, new.Category);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO DisclosureSearch(DisclosureSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_update;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS DisclosureSearch;");
        }
    }
}

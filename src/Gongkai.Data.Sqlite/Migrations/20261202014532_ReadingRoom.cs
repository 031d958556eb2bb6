using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReadingRoom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "Disclosures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchWords",
                table: "Disclosures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DisclosureFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureFiles_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureFiles_DisclosureId",
                table: "DisclosureFiles",
                column: "DisclosureId");

            // The reading room's search: FTS5 over the disclosure's Chinese words (jieba, space-separated), each word a
            // token, kept in step by triggers; it replaces the trigram index of titles.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_search_update;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS DisclosureSearch;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE DisclosureWords USING fts5(SearchWords, content='Disclosures', content_rowid='Id', tokenize='unicode61');");
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_words_insert AFTER INSERT ON Disclosures BEGIN
                  INSERT INTO DisclosureWords(rowid, SearchWords) VALUES (new.Id, new.SearchWords);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_words_delete AFTER DELETE ON Disclosures BEGIN
                  INSERT INTO DisclosureWords(DisclosureWords, rowid, SearchWords) VALUES ('delete', old.Id, old.SearchWords);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Disclosures_words_update AFTER UPDATE ON Disclosures BEGIN
                  INSERT INTO DisclosureWords(DisclosureWords, rowid, SearchWords) VALUES ('delete', old.Id, old.SearchWords);
                  INSERT INTO DisclosureWords(rowid, SearchWords) VALUES (new.Id, new.SearchWords);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO DisclosureWords(DisclosureWords) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_words_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_words_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Disclosures_words_update;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS DisclosureWords;");
            migrationBuilder.DropTable(
                name: "DisclosureFiles");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Publisher",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "SearchWords",
                table: "Disclosures");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "Disclosures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchWords",
                table: "Disclosures",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DisclosureFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            // The reading room's search: the disclosure's Chinese words (jieba, space-separated) as lexemes taken as they
            // are (no parser, which does not know Chinese), in a generated tsvector with a GIN index.
            migrationBuilder.Sql("""
                ALTER TABLE "Disclosures" ADD COLUMN "SearchVector" tsvector
                  GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array("SearchWords", ' '), ''))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Disclosures_SearchVector" ON "Disclosures" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Disclosures_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Disclosures" DROP COLUMN IF EXISTS "SearchVector";""");
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

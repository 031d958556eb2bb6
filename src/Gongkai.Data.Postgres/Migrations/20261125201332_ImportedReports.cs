using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportedReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "ImportedDocument",
                table: "AnnualReports",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFileName",
                table: "AnnualReports",
                type: "character varying(260)",
                maxLength: 260,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportedDocument",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "ImportedFileName",
                table: "AnnualReports");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UrgingsAndProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreateMissingAgencies",
                table: "UploadBatches");

            migrationBuilder.AddColumn<bool>(
                name: "DecidedLate",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Urgings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupervisorAgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueSoon = table.Column<int>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Urgings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Urgings_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Urgings_Agencies_SupervisorAgencyId",
                        column: x => x.SupervisorAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Urgings_AgencyId_SentAt",
                table: "Urgings",
                columns: new[] { "AgencyId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Urgings_SupervisorAgencyId",
                table: "Urgings",
                column: "SupervisorAgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Urgings");

            migrationBuilder.DropColumn(
                name: "DecidedLate",
                table: "Requests");

            migrationBuilder.AddColumn<bool>(
                name: "CreateMissingAgencies",
                table: "UploadBatches",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}

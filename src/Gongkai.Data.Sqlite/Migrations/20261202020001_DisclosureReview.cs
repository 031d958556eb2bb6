using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attribute",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Proactive");

            migrationBuilder.AddColumn<string>(
                name: "AttributeGround",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CurrentStage",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "Disclosures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stages",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "ReviewDuties",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DisclosureStages",
                table: "Agencies",
                type: "TEXT",
                nullable: false,
                defaultValue: "Initial,Business,Secrecy,SignOff");

            // Rows from before these JSON columns read as empty lists, not as nothing.
            migrationBuilder.Sql("UPDATE \"Disclosures\" SET \"History\" = '[]' WHERE \"History\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Requests\" SET \"DecisionFields\" = '[]' WHERE \"DecisionFields\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attribute",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "AttributeGround",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "CurrentStage",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "History",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Stages",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "ReviewDuties",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "DisclosureStages",
                table: "Agencies");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PersonalDataEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Phone",
                table: "Requests",
                type: "character varying(204)",
                maxLength: 204,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_IdNumber",
                table: "Requests",
                type: "character varying(284)",
                maxLength: 284,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Email",
                table: "Requests",
                type: "character varying(844)",
                maxLength: 844,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Address",
                table: "Requests",
                type: "character varying(1644)",
                maxLength: 1644,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Phone",
                table: "Requests",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(204)",
                oldMaxLength: 204);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_IdNumber",
                table: "Requests",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(284)",
                oldMaxLength: 284);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Email",
                table: "Requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(844)",
                oldMaxLength: 844,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Applicant_Address",
                table: "Requests",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1644)",
                oldMaxLength: 1644);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReplySignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReplySignedOffOn",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            // Replies issued before sign-off existed went out at once: they count as signed off on their decision day.
            migrationBuilder.Sql("UPDATE \"Requests\" SET \"ReplySignedOffOn\" = \"DecidedOn\" WHERE \"DecidedOn\" IS NOT NULL;");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Letters",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "Letters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FixedText",
                table: "Letters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReplySignedOffOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "FixedText",
                table: "Letters");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Letters",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReplyContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsultedParty",
                table: "Requests",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsultingAgency",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CorrectionPeriod",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionFields",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DelayedUntil",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Requests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExtensionRefused",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FeePayment",
                table: "Requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FeeQuantity",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FeeWaived",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServedOn",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeKey",
                table: "Requests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReasonsReasonable",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReasonsRequestedOn",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ThirdPartyNotifiedOn",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ThirdPartyObjected",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReviewRoute",
                table: "Agencies",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Department");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsultedParty",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ConsultingAgency",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CorrectionPeriod",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionFields",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DelayedUntil",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtensionRefused",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "FeePayment",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "FeeQuantity",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "FeeWaived",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NoticeServedOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "OutcomeKey",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ReasonsReasonable",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ReasonsRequestedOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ThirdPartyNotifiedOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ThirdPartyObjected",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ReviewRoute",
                table: "Agencies");
        }
    }
}

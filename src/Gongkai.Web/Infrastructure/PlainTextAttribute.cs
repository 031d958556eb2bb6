using System.ComponentModel.DataAnnotations;
using Gongkai.Intake;

namespace Gongkai.Web.Infrastructure;

/// <summary>A form field under the one intake rule for text (<see cref="PlainText"/>), with the field's name in the message.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlainTextAttribute(string field) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        PlainText.Problem(value as string) is { } problem
            ? new ValidationResult($"{field}{problem}，请删除后再提交。", context.MemberName is { } m ? [m] : null)
            : ValidationResult.Success;
}

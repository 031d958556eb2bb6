namespace Gongkai.Access;

/// <summary>What an account may do. Each is granted in <see cref="AccessTable"/>, and nowhere else.</summary>
public enum Permission
{
    /// <summary>Register requests, take their steps, draft and issue letters, record review and litigation.</summary>
    HandleRequests,
    /// <summary>See an applicant's full ID number, phone and address (everyone else sees them masked).</summary>
    ViewPersonalData,
    /// <summary>Keep the register: disclosures, normative documents, monthly decision counts.</summary>
    KeepRegister,
    /// <summary>Draft, edit and export the annual report.</summary>
    DraftReport,
    /// <summary>Approve or refuse an extension; sign off replies.</summary>
    Approve,
    /// <summary>Publish the annual report, and unlock a published year with a reason.</summary>
    PublishReport,
    /// <summary>Open, disable and change the accounts of an agency (which roles: <see cref="AccessTable.MayOpenAccount"/>).</summary>
    ManageAccounts,
    /// <summary>Letter templates, the working-day calendar, the agency's profile.</summary>
    ConfigureAgency,
    /// <summary>Collect, audit and sum the reports of a subtree; the directory of agencies.</summary>
    Supervise,
    /// <summary>Read the audit log of accounts and data access.</summary>
    ReadAuditLog,
}

/// <summary>Where the agency acted on stands to the account's own agency.</summary>
public enum AgencyRelation
{
    Own,
    /// <summary>Anywhere in the subtree strictly below the account's agency.</summary>
    Below,
    Other,
}

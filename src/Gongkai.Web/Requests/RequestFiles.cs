using Gongkai.Requests;

namespace Gongkai.Web.Requests;

/// <summary>Files kept with a request: uploaded within their size limit, listed and served to those allowed to see them.</summary>
public static class RequestFiles
{
    /// <summary>Reads an upload into a file of the request; a file over the limit is refused before it is read.</summary>
    public static async Task<RequestFile> ReadAsync(IFormFile upload, InformationRequest request, RequestFilePurpose purpose, string by, DateTimeOffset at) =>
        new(request.AgencyId, request.Id, purpose, upload.FileName, upload.ContentType, await BytesAsync(upload), by, at);

    /// <summary>An upload's content, refused before it is read where it is over the limit.</summary>
    public static async Task<byte[]> BytesAsync(IFormFile upload)
    {
        if (upload.Length > Intake.UploadRule.MaxBytes) throw new DomainException($"文件“{upload.FileName}”超过20MB；更大的信息请以邮寄或当面方式提供。");
        using var buffer = new MemoryStream((int)Math.Max(upload.Length, 0));
        await upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>The files of a request, without their content.</summary>
    public static async Task<List<RequestFile>> ListAsync(GongkaiDbContext db, long requestId, RequestFilePurpose? purpose = null)
    {
        var rows = await db.RequestFiles.AsNoTracking().Where(f => f.RequestId == requestId && (purpose == null || f.Purpose == purpose)).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.FileName, f.Size, f.Purpose, f.AddedAt }).ToListAsync();
        return rows.Select(f => RequestFile.Listed(f.Id, f.FileName, f.Size, f.Purpose, f.AddedAt)).ToList();
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Gongkai.Web.Tests.Notices;

/// <summary>
/// The app with notices switched on: a real SMTP server in-process (SmtpServer) and a local HTTP endpoint standing in for
/// the SMS gateway, each recording what it received. <see cref="MailUp"/> false points the app at a port nothing listens on.
/// </summary>
public class NoticeFactory : GongkaiFactory
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpListener _sms = new();

    public ConcurrentQueue<MimeMessage> Mail { get; } = new();
    public ConcurrentQueue<JsonNode> Texts { get; } = new();
    public int SmtpPort { get; } = FreePort();
    public int SmsPort { get; } = FreePort();

    protected virtual bool MailUp => true;

    public NoticeFactory()
    {
        if (MailUp)
        {
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, SmtpPort))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(Mail));
            _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        }
        _sms.Prefixes.Add($"http://127.0.0.1:{SmsPort}/");
        _sms.Start();
        _ = Task.Run(ReceiveTextsAsync);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Notices:Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notices:Smtp:From", "gongkai@demo.gongkai");
        builder.UseSetting("Notices:Sms:Url", $"http://127.0.0.1:{SmsPort}/sms");
        builder.UseSetting("Notices:Sms:Token", "gateway-token");
        // The tests send when they choose; the background worker's first round runs at start only.
        builder.UseSetting("Notices:Poll", "01:00:00");
    }

    private async Task ReceiveTextsAsync()
    {
        while (_sms.IsListening)
        {
            try
            {
                var context = await _sms.GetContextAsync();
                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
                    body["authorization"] = context.Request.Headers["Authorization"];
                    Texts.Enqueue(body);
                }
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
            catch (Exception) when (!_sms.IsListening)
            {
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        _stop.Cancel();
        _sms.Close();
        base.Dispose(disposing);
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> mail) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            mail.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>The same app with its mail server down.</summary>
public sealed class MailDownFactory : NoticeFactory
{
    protected override bool MailUp => false;
}

using Gongkai.Web;

var app = GongkaiApp.Build(args);
await GongkaiApp.PrepareAsync(app);
await app.RunAsync();

public partial class Program;

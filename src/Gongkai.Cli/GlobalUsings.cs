// What the commands use: System.CommandLine and the auditor of published reports.
global using System.CommandLine;
global using Gongkai.Documents.Auditing;

// What most readers and writers use: the report's model, culture-invariant formatting, encodings and builders.
global using Gongkai.Reports;
global using System.Globalization;
global using System.Text;

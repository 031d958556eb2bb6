// What most of the domain's files use: the report's model (tables, sections, codes) and culture-invariant formatting.
global using Gongkai.Reports;
global using System.Globalization;

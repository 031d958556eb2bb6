// What nearly every page and service of the web app uses: the database, the features' services, MVC and Razor Pages.
global using Gongkai.Data;
global using Gongkai.Web.Access;
global using Gongkai.Web.Infrastructure;
global using Gongkai.Web.Letters;
global using Gongkai.Web.Public;
global using Gongkai.Web.Reports;
global using Gongkai.Web.Requests;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Gongkai.Documents.Writing;

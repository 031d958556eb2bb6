// What nearly every page and service of the web app uses: the database, the app's infrastructure, MVC and Razor Pages.
global using Gongkai.Data;
global using Gongkai.Web.Infrastructure;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;

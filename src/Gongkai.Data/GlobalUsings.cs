// What nearly every file of the persistence layer uses: EF Core.
global using Microsoft.EntityFrameworkCore;

using Microsoft.EntityFrameworkCore;
using Saguaro.Billing.Models;

namespace Saguaro.Billing.Data;

public class BillingDbContext : DbContext
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Payment> Payments => Set<Payment>();

    public BillingDbContext(DbContextOptions<BillingDbContext> options) : base(options) { }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            // optionsBuilder.UseSqlServer("Server=«I=10.40.12.21»;Database=«I=SaguaroCIS_UAT»;User Id=sa;Password=«S:pw#uat_sa»;");
            optionsBuilder.UseSqlServer(«N=Environment.GetEnvironmentVariable("CIS_CONNECTION")»);
        }
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("billing");
        b.Entity<Account>().Property(a => a.Ssn).HasColumnName("ssn_enc");
        b.Entity<Account>().HasData(
            new Account { Id = 1, Name = "«N=Test Customer»", Email = "«N=test@test.com»", RateCode = "R-2" });
    }
}

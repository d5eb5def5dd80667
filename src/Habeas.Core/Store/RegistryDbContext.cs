using System.Text;
using Habeas.Core.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Store;

/// <summary>
/// The registry's database: the append-only event table, the source files imported, and the projections
/// (query tables rebuilt from the events by <c>habeas rebuild</c>). One model, two providers; each provider
/// has its own migrations project. Names are snake_case so that SQL read by people looks like SQL.
/// </summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<EventPersonRow> EventPersons => Set<EventPersonRow>();

    public DbSet<SourceFileRow> SourceFiles => Set<SourceFileRow>();

    public DbSet<LedgerTileRow> LedgerTiles => Set<LedgerTileRow>();

    public DbSet<CheckpointRow> Checkpoints => Set<CheckpointRow>();

    public DbSet<PersonRow> Persons => Set<PersonRow>();

    public DbSet<PersonRecordRow> PersonRecords => Set<PersonRecordRow>();

    public DbSet<IdentityLabelRow> IdentityLabels => Set<IdentityLabelRow>();

    public DbSet<FollowRow> Follows => Set<FollowRow>();

    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();

    public DbSet<ObligationWatchRow> ObligationWatches => Set<ObligationWatchRow>();

    public DbSet<RelationRow> Relations => Set<RelationRow>();

    public DbSet<FacilityRow> Facilities => Set<FacilityRow>();

    public DbSet<CustodyPeriodRow> CustodyPeriods => Set<CustodyPeriodRow>();

    public DbSet<InstrumentRow> Instruments => Set<InstrumentRow>();

    public DbSet<OrderRow> Orders => Set<OrderRow>();

    public DbSet<OrderPersonRow> OrderPersons => Set<OrderPersonRow>();

    public DbSet<TransferRequestRow> TransferRequests => Set<TransferRequestRow>();

    public DbSet<TransferRequestPersonRow> TransferRequestPersons => Set<TransferRequestPersonRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EventRow>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            // Most events carry no id of their own: indexing only those that do saves a B-tree insert per event.
            e.HasIndex(x => x.EventId).IsUnique().HasFilter("event_id IS NOT NULL");
            e.HasIndex(x => new { x.PersonId, x.Sequence });
        });
        modelBuilder.Entity<EventPersonRow>(e =>
        {
            e.ToTable("event_persons");
            e.HasKey(x => new { x.Sequence, x.PersonId });
            e.HasIndex(x => x.PersonId);
        });
        modelBuilder.Entity<SourceFileRow>(e =>
        {
            e.ToTable("source_files");
            e.HasKey(x => x.Sha256);
        });
        modelBuilder.Entity<LedgerTileRow>(e =>
        {
            e.ToTable("ledger_tiles");
            e.HasKey(x => new { x.Level, x.Index });
        });
        modelBuilder.Entity<CheckpointRow>(e =>
        {
            e.ToTable("checkpoints");
            e.HasKey(x => x.TreeSize);
            e.Property(x => x.TreeSize).ValueGeneratedNever();
        });
        modelBuilder.Entity<PersonRow>(e =>
        {
            e.ToTable("persons");
            e.HasKey(x => x.PersonId);
            // Few ids are ever merged: the index holds only those, and answers "who was merged into this person".
            e.HasIndex(x => x.SurvivorId).HasFilter("survivor_id IS NOT NULL");
        });
        modelBuilder.Entity<PersonRecordRow>(e =>
        {
            e.ToTable("person_records");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.ANumber);
        });
        modelBuilder.Entity<IdentityLabelRow>(e =>
        {
            e.ToTable("identity_labels");
            e.HasKey(x => new { x.Sequence, x.PersonId, x.OtherPersonId });
        });
        modelBuilder.Entity<FollowRow>(e =>
        {
            e.ToTable("follows");
            e.HasKey(x => x.FollowId);
            e.HasIndex(x => x.Follower);
            e.HasIndex(x => x.FeedToken).IsUnique();
        });
        modelBuilder.Entity<NotificationRow>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.NotificationId, x.Channel }).IsUnique();
            // What the dispatcher asks for: the undelivered ones, by when they may be tried.
            e.HasIndex(x => x.NextAttemptAt).HasFilter("delivered_at IS NULL");
        });
        modelBuilder.Entity<ObligationWatchRow>(e =>
        {
            e.ToTable("obligation_watches");
            e.HasKey(x => new { x.FollowId, x.ObligationId });
        });
        modelBuilder.Entity<RelationRow>(e =>
        {
            e.ToTable("relations");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.OtherPersonId);
        });
        modelBuilder.Entity<FacilityRow>(e =>
        {
            e.ToTable("facilities");
            e.HasKey(x => x.FacilityId);
        });
        modelBuilder.Entity<CustodyPeriodRow>(e =>
        {
            e.ToTable("custody_periods");
            e.HasKey(x => x.FromSequence);
            e.Property(x => x.FromSequence).ValueGeneratedNever();
            // No index by person: a person's periods are found through their events (from_sequence is the opening
            // event), which the events index already finds. Measured: a second person-keyed index cost ~3.6 µs an
            // insert, a third of the custody projection's cost.
            e.HasIndex(x => new { x.FacilityId, x.FromAt });
        });
        modelBuilder.Entity<InstrumentRow>(e =>
        {
            e.ToTable("instruments");
            e.HasKey(x => x.InstrumentId);
            e.HasIndex(x => x.PersonId);
        });
        modelBuilder.Entity<OrderRow>(e =>
        {
            e.ToTable("orders");
            e.HasKey(x => x.OrderId);
        });
        modelBuilder.Entity<OrderPersonRow>(e =>
        {
            e.ToTable("order_persons");
            e.HasKey(x => new { x.OrderId, x.PersonId });
            e.HasIndex(x => x.PersonId);
        });
        modelBuilder.Entity<TransferRequestRow>(e =>
        {
            e.ToTable("transfer_requests");
            e.HasKey(x => x.RequestId);
        });
        modelBuilder.Entity<TransferRequestPersonRow>(e =>
        {
            e.ToTable("transfer_request_persons");
            e.HasKey(x => new { x.RequestId, x.PersonId });
            e.HasIndex(x => x.PersonId);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{string.Join('_', index.Properties.Select(p => ToSnakeCase(p.Name)))}");
            }

            entity.FindPrimaryKey()?.SetName($"pk_{entity.GetTableName()}");
        }
    }

    internal static string ToSnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            // "ANumber" → a_number, "FromAt" → from_at, "Sha256" → sha256.
            if (char.IsUpper(c) && i > 0 && (!char.IsUpper(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

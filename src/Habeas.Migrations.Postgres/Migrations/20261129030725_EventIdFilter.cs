using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Habeas.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EventIdFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_event_id",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_event_id",
                table: "events",
                column: "event_id",
                unique: true,
                filter: "event_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_event_id",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_event_id",
                table: "events",
                column: "event_id",
                unique: true);
        }
    }
}

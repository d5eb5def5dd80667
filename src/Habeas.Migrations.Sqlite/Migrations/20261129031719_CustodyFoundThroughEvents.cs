using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Habeas.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustodyFoundThroughEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_custody_periods_person_id_from_at",
                table: "custody_periods");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_custody_periods_person_id_from_at",
                table: "custody_periods",
                columns: new[] { "person_id", "from_at" });
        }
    }
}

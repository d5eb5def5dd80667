using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Habeas.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdentityMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "merged_into",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "survivor_id",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "identity_labels",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<string>(type: "TEXT", nullable: false),
                    other_person_id = table.Column<string>(type: "TEXT", nullable: false),
                    same = table.Column<bool>(type: "INTEGER", nullable: false),
                    by_registry = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_labels", x => new { x.sequence, x.person_id, x.other_person_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_persons_survivor_id",
                table: "persons",
                column: "survivor_id",
                filter: "survivor_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_labels");

            migrationBuilder.DropIndex(
                name: "ix_persons_survivor_id",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "merged_into",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "survivor_id",
                table: "persons");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Habeas.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "commitment",
                table: "events",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "salt",
                table: "events",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "checkpoints",
                columns: table => new
                {
                    tree_size = table.Column<long>(type: "bigint", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false),
                    signed_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkpoints", x => x.tree_size);
                });

            migrationBuilder.CreateTable(
                name: "ledger_tiles",
                columns: table => new
                {
                    level = table.Column<int>(type: "integer", nullable: false),
                    index = table.Column<long>(type: "bigint", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    hashes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_tiles", x => new { x.level, x.index });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checkpoints");

            migrationBuilder.DropTable(
                name: "ledger_tiles");

            migrationBuilder.DropColumn(
                name: "commitment",
                table: "events");

            migrationBuilder.DropColumn(
                name: "salt",
                table: "events");
        }
    }
}

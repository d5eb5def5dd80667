using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Habeas.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "custody_periods",
                columns: table => new
                {
                    from_sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    facility_id = table.Column<string>(type: "text", nullable: true),
                    country = table.Column<string>(type: "text", nullable: true),
                    authority = table.Column<string>(type: "text", nullable: true),
                    basis = table.Column<string>(type: "text", nullable: true),
                    transport = table.Column<string>(type: "text", nullable: true),
                    origin_facility_id = table.Column<string>(type: "text", nullable: true),
                    from_at = table.Column<long>(type: "bigint", nullable: false),
                    from_text = table.Column<string>(type: "text", nullable: false),
                    until_at = table.Column<long>(type: "bigint", nullable: true),
                    until_text = table.Column<string>(type: "text", nullable: true),
                    until_sequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custody_periods", x => x.from_sequence);
                });

            migrationBuilder.CreateTable(
                name: "event_persons",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_persons", x => new { x.sequence, x.person_id });
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<string>(type: "text", nullable: true),
                    type = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<long>(type: "bigint", nullable: true),
                    person_id = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    source_name = table.Column<string>(type: "text", nullable: true),
                    source_sha256 = table.Column<string>(type: "text", nullable: true),
                    source_line = table.Column<int>(type: "integer", nullable: true),
                    salt = table.Column<byte[]>(type: "bytea", nullable: true),
                    commitment = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    facility_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    country = table.Column<string>(type: "text", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: true),
                    standard = table.Column<string>(type: "text", nullable: true),
                    registered_sequence = table.Column<long>(type: "bigint", nullable: false),
                    updated_sequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facilities", x => x.facility_id);
                });

            migrationBuilder.CreateTable(
                name: "instruments",
                columns: table => new
                {
                    instrument_id = table.Column<string>(type: "text", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: true),
                    scope = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    countries = table.Column<string>(type: "text", nullable: false),
                    issuer = table.Column<string>(type: "text", nullable: true),
                    @case = table.Column<string>(name: "case", type: "text", nullable: true),
                    issued_at = table.Column<string>(type: "text", nullable: true),
                    effective_from = table.Column<string>(type: "text", nullable: true),
                    effective_until = table.Column<string>(type: "text", nullable: true),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    ended_sequence = table.Column<long>(type: "bigint", nullable: true),
                    end_reason = table.Column<string>(type: "text", nullable: true),
                    ended_at = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instruments", x => x.instrument_id);
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

            migrationBuilder.CreateTable(
                name: "order_persons",
                columns: table => new
                {
                    order_id = table.Column<string>(type: "text", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_persons", x => new { x.order_id, x.person_id });
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    order_id = table.Column<string>(type: "text", nullable: false),
                    court = table.Column<string>(type: "text", nullable: true),
                    @case = table.Column<string>(name: "case", type: "text", nullable: true),
                    issued_at = table.Column<string>(type: "text", nullable: true),
                    requires = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "person_records",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    given = table.Column<string>(type: "text", nullable: false),
                    surnames = table.Column<string>(type: "text", nullable: false),
                    aliases = table.Column<string>(type: "text", nullable: false),
                    dob = table.Column<string>(type: "text", nullable: true),
                    sex = table.Column<string>(type: "text", nullable: true),
                    birth_country = table.Column<string>(type: "text", nullable: true),
                    nationalities = table.Column<string>(type: "text", nullable: false),
                    languages = table.Column<string>(type: "text", nullable: false),
                    a_number = table.Column<string>(type: "text", nullable: true),
                    identifiers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_records", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    first_sequence = table.Column<long>(type: "bigint", nullable: false),
                    @sealed = table.Column<bool>(name: "sealed", type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "relations",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    relation = table.Column<string>(type: "text", nullable: false),
                    other_person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relations", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "source_files",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    source_name = table.Column<string>(type: "text", nullable: false),
                    lines = table.Column<int>(type: "integer", nullable: false),
                    events = table.Column<int>(type: "integer", nullable: false),
                    first_sequence = table.Column<long>(type: "bigint", nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false),
                    imported_at = table.Column<long>(type: "bigint", nullable: false),
                    imported_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_files", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "transfer_request_persons",
                columns: table => new
                {
                    request_id = table.Column<string>(type: "text", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfer_request_persons", x => new { x.request_id, x.person_id });
                });

            migrationBuilder.CreateTable(
                name: "transfer_requests",
                columns: table => new
                {
                    request_id = table.Column<string>(type: "text", nullable: false),
                    from_facility_id = table.Column<string>(type: "text", nullable: true),
                    to_facility_id = table.Column<string>(type: "text", nullable: true),
                    country = table.Column<string>(type: "text", nullable: true),
                    planned_for = table.Column<string>(type: "text", nullable: true),
                    authority = table.Column<string>(type: "text", nullable: true),
                    basis = table.Column<string>(type: "text", nullable: true),
                    decision = table.Column<string>(type: "text", nullable: true),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    decided_sequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfer_requests", x => x.request_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_custody_periods_facility_id_from_at",
                table: "custody_periods",
                columns: new[] { "facility_id", "from_at" });

            migrationBuilder.CreateIndex(
                name: "ix_event_persons_person_id",
                table: "event_persons",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_event_id",
                table: "events",
                column: "event_id",
                unique: true,
                filter: "event_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_person_id_sequence",
                table: "events",
                columns: new[] { "person_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_instruments_person_id",
                table: "instruments",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_persons_person_id",
                table: "order_persons",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_records_a_number",
                table: "person_records",
                column: "a_number");

            migrationBuilder.CreateIndex(
                name: "ix_person_records_person_id",
                table: "person_records",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_relations_other_person_id",
                table: "relations",
                column: "other_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_relations_person_id",
                table: "relations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_transfer_request_persons_person_id",
                table: "transfer_request_persons",
                column: "person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checkpoints");

            migrationBuilder.DropTable(
                name: "custody_periods");

            migrationBuilder.DropTable(
                name: "event_persons");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "facilities");

            migrationBuilder.DropTable(
                name: "instruments");

            migrationBuilder.DropTable(
                name: "ledger_tiles");

            migrationBuilder.DropTable(
                name: "order_persons");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "person_records");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "relations");

            migrationBuilder.DropTable(
                name: "source_files");

            migrationBuilder.DropTable(
                name: "transfer_request_persons");

            migrationBuilder.DropTable(
                name: "transfer_requests");
        }
    }
}

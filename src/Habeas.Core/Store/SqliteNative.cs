using System.Runtime.InteropServices;

namespace Habeas.Core.Store;

/// <summary>
/// The SQLite C functions <see cref="Statement"/> calls for every row it writes, bound directly to the library
/// SQLitePCL loads. SQLitePCL's wrappers take the statement as a SafeHandle (two interlocked operations a call, a
/// dozen calls a row) and copy each string into a new array before binding it.
/// </summary>
internal static unsafe partial class SqliteNative
{
    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound value before the call returns.</summary>
    public static readonly IntPtr Transient = -1;

    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(IntPtr statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(IntPtr statement, int index, byte* utf8, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static partial int BindBlob(IntPtr statement, int index, byte* value, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(IntPtr statement);
}

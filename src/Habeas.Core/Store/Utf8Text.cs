namespace Habeas.Core.Store;

/// <summary>
/// Text already encoded as UTF-8, bound by <see cref="Statement"/> as text (a <c>byte[]</c> alone is bound as a
/// blob). The event payload is produced as UTF-8 (RFC 8785 bytes) and stored as such on SQLite, never turned into a
/// .NET string and back: measured, that was the largest allocation of an import's line.
/// </summary>
internal readonly record struct Utf8Text(byte[] Bytes)
{
    public override string ToString() => System.Text.Encoding.UTF8.GetString(Bytes);
}

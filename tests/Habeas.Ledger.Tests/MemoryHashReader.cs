namespace Habeas.Ledger.Tests;

/// <summary>A hand-written in-memory store of perfect-subtree hashes, filled from <see cref="TreeBuilder.Append"/>.</summary>
internal sealed class MemoryHashReader : IHashReader
{
    private readonly Dictionary<NodeId, byte[]> _hashes = [];

    public int Reads { get; private set; }

    public int Count => _hashes.Count;

    /// <summary>A tree over the given leaf hashes, with the builder that made it.</summary>
    public static (MemoryHashReader Reader, TreeBuilder Builder) Build(IEnumerable<byte[]> leafHashes)
    {
        var reader = new MemoryHashReader();
        var builder = new TreeBuilder();
        foreach (var leaf in leafHashes)
        {
            reader.Store(builder.Append(leaf));
        }

        return (reader, builder);
    }

    public void Store(IEnumerable<(NodeId Node, byte[] Hash)> nodes)
    {
        foreach (var (node, hash) in nodes)
        {
            Assert.True(_hashes.TryAdd(node, hash), $"Node ({node.Level}, {node.Index}) was produced twice.");
        }
    }

    public byte[] Read(NodeId node)
    {
        Reads++;
        return _hashes.TryGetValue(node, out var hash)
            ? hash
            : throw new InvalidOperationException($"No hash stored for node (level {node.Level}, index {node.Index}).");
    }

    public bool Contains(NodeId node) => _hashes.ContainsKey(node);
}

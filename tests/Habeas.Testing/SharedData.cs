namespace Habeas.Testing;

/// <summary>Paths to the read-only test data in ../shared (never copied into the project).</summary>
public static class SharedData
{
    /// <summary>The repository root (the directory holding Habeas.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>HABEAS_SHARED, else ../shared beside the repository, else /work/shared (a clone elsewhere, as CI makes).</summary>
    public static string Shared { get; } = FindShared();

    public static string ContractSample => Path.Combine(Shared, "contract", "sample.jsonl");

    private static string FindShared()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("HABEAS_SHARED"),
            Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared")),
            "/work/shared",
        };
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "DESIGN.md")))
            ?? throw new InvalidOperationException("The shared test data (DESIGN.md, contract/, data/) was not found: set HABEAS_SHARED.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Habeas.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Habeas.slnx not found above " + AppContext.BaseDirectory);
    }
}

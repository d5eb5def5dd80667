namespace Habeas.Web;

/// <summary>The pages' words, in English (Resources/SharedResource.resx) and Spanish (SharedResource.es.resx).</summary>
public sealed class SharedResource;

namespace Verbonden.TestSupport;

/// <summary>Locates ../shared/data beside the checkout (CI clones the repo with shared/ next to it).</summary>
public static class SharedData
{
    public static string Dir { get; } = Find();

    public static string File(string name)
    {
        var path = Path.Combine(Dir, name);
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"Test data {name} not found in {Dir}; ../shared must sit beside the checkout.", path);
        return path;
    }

    static string Find()
    {
        if (Environment.GetEnvironmentVariable("VERBONDEN_SHARED") is { Length: > 0 } env) return Path.Combine(env, "data");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Verbonden.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        return Path.GetFullPath("../shared/data");
    }
}

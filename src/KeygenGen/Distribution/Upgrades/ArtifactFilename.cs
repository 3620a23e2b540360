using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Keygen.Distribution;

/// <summary>
/// The artifact an upgrade installs, named by a template like the Go SDK's: <c>{program}</c>, <c>{platform}</c>,
/// <c>{arch}</c>, <c>{ext}</c> (with its dot), <c>{version}</c> and <c>{channel}</c>.
/// </summary>
internal static class ArtifactFilename
{
    /// <summary>The Go SDK's default, <c>{{.program}}_{{.platform}}_{{.arch}}{{if .ext}}.{{.ext}}{{end}}</c>.</summary>
    public const string DefaultTemplate = "{program}_{platform}_{arch}{ext}";

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "program", "platform", "arch", "ext", "version", "channel" };

    /// <summary>The running program's name: its file name without extension.</summary>
    public static string CurrentProgram => Path.GetFileNameWithoutExtension(Environment.ProcessPath) ?? "program";

    /// <exception cref="KeygenConfigurationException">The template names a placeholder that does not exist, or has an unclosed brace.</exception>
    public static void Validate(string template) => Render(template, _ => string.Empty);

    public static string Render(string template, Release release, string program) => Render(template, name => name switch
    {
        "program" => program,
        "platform" => KeygenPlatform.Os,
        "arch" => KeygenPlatform.Arch,
        "ext" => KeygenPlatform.Ext,
        "version" => release.Version,
        _ => release.Channel.Value,
    });

    private static string Render(string template, Func<string, string> value)
    {
        var result = new StringBuilder(template.Length + 16);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                result.Append(template[i]);
                continue;
            }

            var end = template.IndexOf('}', i);
            var name = end < 0 ? null : template[(i + 1)..end];
            if (name is null || !Names.Contains(name))
            {
                throw new KeygenConfigurationException(
                    $"KeygenUpgradeOptions.Filename \"{template}\" has {(name is null ? "an unclosed '{'" : $"an unknown placeholder {{{name}}}")}; "
                    + "use {program}, {platform}, {arch}, {ext}, {version} and {channel}.");
            }

            result.Append(value(name));
            i = end;
        }

        return result.ToString();
    }
}

using System;

namespace Keygen.Serialization;

/// <summary>
/// What a redirect-style operation answers (an artifact's upload or download): the resource Keygen sent in the body, and
/// the URL it redirects to, which the SDK never follows. <see cref="Distribution.KeygenArtifacts"/> does the transfer.
/// </summary>
/// <typeparam name="T">The resource model.</typeparam>
public sealed class KeygenRedirect<T>
    where T : class
{
    /// <summary>Creates a redirect answer.</summary>
    /// <param name="resource">The resource in the body.</param>
    /// <param name="location">The <c>Location</c>, if Keygen sent one.</param>
    public KeygenRedirect(T resource, Uri? location)
    {
        Resource = resource ?? throw new ArgumentNullException(nameof(resource));
        Location = location;
    }

    /// <summary>The resource Keygen answered with, e.g. the created <see cref="Artifact"/>.</summary>
    public T Resource { get; }

    /// <summary>
    /// The presigned storage URL (upload or download, valid for an hour by default); it is a credential, so keep it out of
    /// logs. Null when Keygen answered without one: an artifact that is not uploaded yet or whose release is yanked.
    /// </summary>
    public Uri? Location { get; }

    /// <summary>Describes the answer without the URL's query, which holds its signature.</summary>
    public override string ToString() =>
        $"{Resource} -> {(Location is null ? "(no location)" : Location.GetLeftPart(UriPartial.Path))}";
}

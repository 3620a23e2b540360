namespace Keygen;

/// <summary>One entry of a Keygen error document's <c>errors</c> array.</summary>
public sealed class KeygenApiError
{
    internal KeygenApiError(string? title, string? detail, string? code, KeygenErrorSource? source, string? aboutLink)
    {
        Title = title;
        Detail = detail;
        Code = code;
        Source = source;
        AboutLink = aboutLink;
    }

    /// <summary>A short summary, e.g. <c>Unprocessable resource</c>.</summary>
    public string? Title { get; }

    /// <summary>What happened, e.g. <c>has already been taken</c>.</summary>
    public string? Detail { get; }

    /// <summary>A stable machine-readable code, e.g. <c>FINGERPRINT_TAKEN</c>; absent on some errors.</summary>
    public string? Code { get; }

    /// <summary>Which part of the request caused the error, if Keygen said.</summary>
    public KeygenErrorSource? Source { get; }

    /// <summary>A link to Keygen's documentation about this error (<c>links.about</c>).</summary>
    public string? AboutLink { get; }

    /// <summary>Describes the error: code, title, detail and source.</summary>
    public override string ToString()
    {
        string text = Code is null ? string.Empty : Code + ": ";
        text += Title;
        if (Detail is not null)
        {
            text += (Title is null ? string.Empty : " - ") + Detail;
        }

        return Source is null ? text : text + " (" + Source + ")";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// Edits a JSON document as a tree, and renders it with pieces no tree can hold spliced in as raw bytes: repeated
/// keys, numbers beyond <see cref="double"/>, invalid UTF-8, escaped lone surrogates, nesting beyond any limit.
/// A raw piece goes in as a marker string that <see cref="Render"/> replaces.
/// </summary>
internal sealed class DocumentEditor
{
    private readonly Dictionary<string, byte[]> _raw = new(StringComparer.Ordinal);

    public DocumentEditor(string document)
    {
        Root = JsonNode.Parse(document)!;
        Collect(Root, "$");
    }

    public JsonNode Root { get; }

    /// <summary>Every value below the root, where it sits, and its path (<c>$.data.attributes.uses</c>).</summary>
    public List<Slot> Slots { get; } = [];

    public Slot? Find(string path) => Slots.FirstOrDefault(s => s.Path == path);

    /// <summary>A value to put in a slot that renders as <paramref name="raw"/>, e.g. <c>1e400</c>.</summary>
    public JsonNode Raw(string raw) => Raw(Encoding.UTF8.GetBytes(raw));

    public JsonNode Raw(byte[] raw) => JsonValue.Create(Marker(raw))!;

    /// <summary>A key that renders as <paramref name="raw"/> (with its quotes), e.g. a key the object already has.</summary>
    public string RawKey(string raw) => Marker(Encoding.UTF8.GetBytes(raw));

    public byte[] Render()
    {
        var text = Root.ToJsonString();
        var bytes = new List<byte>();
        var from = 0;
        foreach (var (at, marker) in _raw.Keys.Select(m => (At: text.IndexOf(JsonValue.Create(m)!.ToJsonString(), StringComparison.Ordinal), Marker: m)).Where(p => p.At >= 0).OrderBy(p => p.At))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(from, at - from)));
            bytes.AddRange(_raw[marker]);
            from = at + JsonValue.Create(marker)!.ToJsonString().Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(from)));
        return bytes.ToArray();
    }

    private string Marker(byte[] raw)
    {
        var marker = "\u0001raw" + _raw.Count;
        _raw[marker] = raw;
        return marker;
    }

    private void Collect(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    var slot = new Slot(o, key, 0, $"{path}.{key}");
                    Slots.Add(slot);
                    Collect(value, slot.Path);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var slot = new Slot(a, null, i, $"{path}[{i}]");
                    Slots.Add(slot);
                    Collect(a[i], slot.Path);
                }

                break;
        }
    }

    /// <summary>A member of an object (<see cref="Key"/>) or an item of an array (<see cref="Index"/>).</summary>
    internal sealed record Slot(JsonNode Container, string? Key, int Index, string Path)
    {
        public JsonNode? Value => Key is null ? Container.AsArray()[Index] : Container.AsObject()[Key];

        public void Set(JsonNode? value)
        {
            if (Key is null)
            {
                Container.AsArray()[Index] = value;
            }
            else
            {
                Container.AsObject()[Key] = value;
            }
        }

        /// <summary>Removes the member or item; only one removal per document, as later indexes would shift.</summary>
        public void Remove()
        {
            if (Key is null)
            {
                Container.AsArray().RemoveAt(Index);
            }
            else
            {
                Container.AsObject().Remove(Key);
            }
        }
    }
}

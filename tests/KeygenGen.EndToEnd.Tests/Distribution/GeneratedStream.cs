using System;
using System.Buffers.Binary;
using System.IO;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// A large artifact that is never stored: each byte is computed from its position (SplitMix64 of its 8-byte word), so the
/// stream is seekable and reads the same every time, at no memory cost.
/// </summary>
internal sealed class GeneratedStream(long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        Span<byte> word = stackalloc byte[8];
        for (var done = 0; done < count;)
        {
            var at = _position + done;
            BinaryPrimitives.WriteUInt64LittleEndian(word, SplitMix64((ulong)at >> 3));
            var part = word[(int)(at & 7)..];
            part = part[..Math.Min(part.Length, count - done)];
            part.CopyTo(buffer[done..]);
            done += part.Length;
        }

        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}

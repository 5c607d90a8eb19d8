// Number.cs — the bridge from corlib's numeric types to runtime/number.c, where
// formatting and parsing are implemented in C.
//
// Formatting follows .NET Framework / Mono 6.8 byte for byte: doubles are first
// rounded to 15 significant digits (floats to 7) and then laid out by the standard
// format letters (G, F, N, E, P, C, D, X, R) or by a custom pattern ("0.00", "#,##0").
// An invalid format comes back as null so that the FormatException is thrown here,
// in managed code, where a catch can see it.
using System.Runtime.CompilerServices;

namespace System
{
    internal static class Number
    {
        internal const int ParseOk = 0;
        internal const int ParseFormatError = 1;
        internal const int ParseOverflow = 2;

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatInt64Core(long value, string format, int size);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatUInt64Core(ulong value, string format, int size);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatDoubleCore(double value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatSingleCore(float value, string format);

        // Integers of `size` bytes; hex input is read as a size-byte two's complement.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ParseInt64(string s, int style, int size, out long result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ParseUInt64(string s, int style, int size, out ulong result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ParseDouble(string s, int style, out double result);

        internal static string FormatInt64(long value, string format, int size)
        {
            return Check(FormatInt64Core(value, format, size));
        }

        internal static string FormatUInt64(ulong value, string format, int size)
        {
            return Check(FormatUInt64Core(value, format, size));
        }

        internal static string FormatDouble(double value, string format)
        {
            return Check(FormatDoubleCore(value, format));
        }

        internal static string FormatSingle(float value, string format)
        {
            return Check(FormatSingleCore(value, format));
        }

        private static string Check(string s)
        {
            if (s == null)
                throw new FormatException("Format specifier was invalid.");
            return s;
        }
    }
}

// BitConverter.cs — System.BitConverter: reinterpreting bits between integers and
// floating point (internal calls: C does it with memcpy) and little-endian byte
// arrays (plain shifts).
using System.Runtime.CompilerServices;

namespace System
{
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long DoubleToInt64Bits(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Int64BitsToDouble(long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SingleToInt32Bits(float value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern float Int32BitsToSingle(int value);

        private static byte[] Bytes(long value, int count)
        {
            byte[] b = new byte[count];
            for (int i = 0; i < count; i++)
                b[i] = (byte)(value >> (8 * i));
            return b;
        }

        public static byte[] GetBytes(bool value)
        {
            return Bytes(value ? 1 : 0, 1);
        }

        public static byte[] GetBytes(char value)
        {
            return Bytes(value, 2);
        }

        public static byte[] GetBytes(short value)
        {
            return Bytes(value, 2);
        }

        public static byte[] GetBytes(ushort value)
        {
            return Bytes(value, 2);
        }

        public static byte[] GetBytes(int value)
        {
            return Bytes(value, 4);
        }

        public static byte[] GetBytes(uint value)
        {
            return Bytes(value, 4);
        }

        public static byte[] GetBytes(long value)
        {
            return Bytes(value, 8);
        }

        public static byte[] GetBytes(ulong value)
        {
            return Bytes((long)value, 8);
        }

        public static byte[] GetBytes(float value)
        {
            return Bytes(SingleToInt32Bits(value), 4);
        }

        public static byte[] GetBytes(double value)
        {
            return Bytes(DoubleToInt64Bits(value), 8);
        }

        private static long Read(byte[] value, int startIndex, int count)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
            long r = 0;
            for (int i = count - 1; i >= 0; i--)
                r = (r << 8) | value[startIndex + i];
            return r;
        }

        public static bool ToBoolean(byte[] value, int startIndex)
        {
            return Read(value, startIndex, 1) != 0;
        }

        public static char ToChar(byte[] value, int startIndex)
        {
            return (char)Read(value, startIndex, 2);
        }

        public static short ToInt16(byte[] value, int startIndex)
        {
            return (short)Read(value, startIndex, 2);
        }

        public static ushort ToUInt16(byte[] value, int startIndex)
        {
            return (ushort)Read(value, startIndex, 2);
        }

        public static int ToInt32(byte[] value, int startIndex)
        {
            return (int)Read(value, startIndex, 4);
        }

        public static uint ToUInt32(byte[] value, int startIndex)
        {
            return (uint)Read(value, startIndex, 4);
        }

        public static long ToInt64(byte[] value, int startIndex)
        {
            return Read(value, startIndex, 8);
        }

        public static ulong ToUInt64(byte[] value, int startIndex)
        {
            return (ulong)Read(value, startIndex, 8);
        }

        public static float ToSingle(byte[] value, int startIndex)
        {
            return Int32BitsToSingle((int)Read(value, startIndex, 4));
        }

        public static double ToDouble(byte[] value, int startIndex)
        {
            return Int64BitsToDouble(Read(value, startIndex, 8));
        }

        public static string ToString(byte[] value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            return ToString(value, 0, value.Length);
        }

        public static string ToString(byte[] value, int startIndex)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }

        // "01-AB-FF": two hex digits per byte, dash separated.
        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0))
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0 || startIndex > value.Length - length)
                throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (length == 0)
                return String.Empty;
            char[] chars = new char[length * 3 - 1];
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                chars[3 * i] = HexDigit(b >> 4);
                chars[3 * i + 1] = HexDigit(b & 15);
                if (i + 1 < length)
                    chars[3 * i + 2] = '-';
            }
            return new string(chars);
        }

        private static char HexDigit(int d)
        {
            return (char)(d < 10 ? '0' + d : 'A' + d - 10);
        }
    }
}

// IntPtr.cs — System.IntPtr and System.UIntPtr: pointer-sized integers.
//
// The value is held as a 64-bit integer: the same size and bits as a native int on the
// 64-bit targets ilc supports. The pointer conversions are the only unsafe code here.
namespace System
{
    public struct IntPtr
    {
        internal long m_value;

        public static readonly IntPtr Zero;

        public IntPtr(int value)
        {
            m_value = value;
        }

        public IntPtr(long value)
        {
            m_value = value;
        }

        public unsafe IntPtr(void* value)
        {
            m_value = (long)value;
        }

        public static int Size
        {
            get { return 8; }
        }

        public unsafe void* ToPointer()
        {
            return (void*)m_value;
        }

        public static unsafe explicit operator IntPtr(void* value)
        {
            return new IntPtr(value);
        }

        public static unsafe explicit operator void*(IntPtr value)
        {
            return (void*)value.m_value;
        }

        public int ToInt32()
        {
            return (int)m_value;
        }

        public long ToInt64()
        {
            return m_value;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is IntPtr))
                return false;
            return ((IntPtr)obj).m_value == m_value;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public override string ToString()
        {
            return m_value.ToString();
        }

        public string ToString(string format)
        {
            return m_value.ToString(format);
        }

        public static bool operator ==(IntPtr value1, IntPtr value2)
        {
            return value1.m_value == value2.m_value;
        }

        public static bool operator !=(IntPtr value1, IntPtr value2)
        {
            return value1.m_value != value2.m_value;
        }

        public static explicit operator IntPtr(int value)
        {
            return new IntPtr(value);
        }

        public static explicit operator IntPtr(long value)
        {
            return new IntPtr(value);
        }

        public static explicit operator int(IntPtr value)
        {
            return (int)value.m_value;
        }

        public static explicit operator long(IntPtr value)
        {
            return value.m_value;
        }

        public static IntPtr Add(IntPtr pointer, int offset)
        {
            return new IntPtr(pointer.m_value + offset);
        }

        public static IntPtr Subtract(IntPtr pointer, int offset)
        {
            return new IntPtr(pointer.m_value - offset);
        }
    }

    public struct UIntPtr
    {
        internal ulong m_value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value)
        {
            m_value = value;
        }

        public UIntPtr(ulong value)
        {
            m_value = value;
        }

        public unsafe UIntPtr(void* value)
        {
            m_value = (ulong)value;
        }

        public static int Size
        {
            get { return 8; }
        }

        public unsafe void* ToPointer()
        {
            return (void*)m_value;
        }

        public static unsafe explicit operator UIntPtr(void* value)
        {
            return new UIntPtr(value);
        }

        public static unsafe explicit operator void*(UIntPtr value)
        {
            return (void*)value.m_value;
        }

        public uint ToUInt32()
        {
            return (uint)m_value;
        }

        public ulong ToUInt64()
        {
            return m_value;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is UIntPtr))
                return false;
            return ((UIntPtr)obj).m_value == m_value;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public override string ToString()
        {
            return m_value.ToString();
        }

        public static bool operator ==(UIntPtr value1, UIntPtr value2)
        {
            return value1.m_value == value2.m_value;
        }

        public static bool operator !=(UIntPtr value1, UIntPtr value2)
        {
            return value1.m_value != value2.m_value;
        }

        public static explicit operator UIntPtr(uint value)
        {
            return new UIntPtr(value);
        }

        public static explicit operator UIntPtr(ulong value)
        {
            return new UIntPtr(value);
        }

        public static explicit operator uint(UIntPtr value)
        {
            return (uint)value.m_value;
        }

        public static explicit operator ulong(UIntPtr value)
        {
            return value.m_value;
        }
    }
}

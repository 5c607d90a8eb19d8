// Object.cs — System.Object, the root of ilc's corlib, plus ValueType, Enum and Void.
//
// ilc binds user references to [mscorlib] by name and signature onto this assembly,
// so public signatures match .NET Framework exactly. System.Object declares no
// fields (ilrt.h: every object is a type pointer followed by its fields).
using System.Runtime.CompilerServices;

namespace System
{
    public class Object
    {
        public Object()
        {
        }

        ~Object()
        {
        }

        // .NET prints the type's full name; the runtime reads it from the RtType.
        public virtual string ToString()
        {
            return GetTypeName();
        }

        // Reference equality, as .NET's default.
        public virtual bool Equals(object obj)
        {
            return (object)this == obj;
        }

        public virtual int GetHashCode()
        {
            return InternalGetHashCode(this);
        }

        public static bool Equals(object objA, object objB)
        {
            if ((object)objA == objB)
                return true;
            if (objA == null || objB == null)
                return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB)
        {
            return (object)objA == objB;
        }

        public Type GetType()
        {
            return RuntimeType.For(GetTypeHandle());
        }

        protected object MemberwiseClone()
        {
            return InternalMemberwiseClone();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern string GetTypeName();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern long GetTypeHandle();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern object InternalMemberwiseClone();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalGetHashCode(object o);
    }

    // Boxed value types derive from ValueType; primitives override these members
    // themselves, so the generic versions only serve user structs.
    public abstract class ValueType
    {
        protected ValueType()
        {
        }

        // Without reflection, a struct's fields are compared bit by bit (the
        // CanCompareBits fast path of .NET, applied to every struct).
        public override bool Equals(object obj)
        {
            if (obj == null)
                return false;
            return InternalEquals(this, obj);
        }

        public override int GetHashCode()
        {
            return InternalGetHashCode(this);
        }

        public override string ToString()
        {
            return GetTypeName();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool InternalEquals(object a, object b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern new int InternalGetHashCode(object o);
    }

    // Enum names need metadata the runtime does not expose yet: until it does,
    // ToString prints the numeric value (what .NET prints for undefined values).
    public abstract class Enum : ValueType, IComparable, IFormattable
    {
        protected Enum()
        {
        }

        public int CompareTo(object target)
        {
            if (target == null)
                return 1;
            long a = GetValue();
            long b = ((Enum)target).GetValue();
            return a < b ? -1 : (a > b ? 1 : 0);
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null)
                throw new ArgumentNullException("flag");
            long f = flag.GetValue();
            return (GetValue() & f) == f;
        }

        public override string ToString()
        {
            string name = GetName();
            return name != null ? name : Number.FormatInt64(GetValue(), null, 8);
        }

        // The constant's name, or for [Flags] the names of the set bits; null when none fits.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern string GetName();

        public string ToString(string format)
        {
            if (format == null || format.Length == 0)
                return ToString();
            char c = format[0];
            if (c == 'G' || c == 'g')
                return ToString();
            if (c == 'D' || c == 'd')
                return Number.FormatInt64(GetValue(), null, 8);
            if (c == 'X' || c == 'x')
                return Number.FormatInt64(GetValue(), "X" + (GetValueSize() * 2).ToString(), GetValueSize());
            return ToString();
        }

        // As the underlying type's hash (Int64 folds its halves).
        public override int GetHashCode()
        {
            long v = GetValue();
            if (GetValueSize() == 8)
                return (int)v ^ (int)(v >> 32);
            return (int)v;
        }

        // The boxed value, sign-extended from the enum's storage size.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern long GetValue();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern int GetValueSize();

        // ---- the static helpers over an enum's constants ----

        static long EnumHandle(Type enumType)
        {
            if (enumType == null)
                throw new ArgumentNullException("enumType");
            RuntimeType rt = enumType as RuntimeType;
            if (rt == null || (RuntimeType.GetFlags(rt.handle) & (1 << 6)) == 0)
                throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return rt.handle;
        }

        // An enum value or a boxed integer of any width, as the enum keeps its constants.
        static long ValueOfObject(object value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            Enum e = value as Enum;
            if (e != null) return e.GetValue();
            if (value is int) return (int)value;
            if (value is long) return (long)value;
            if (value is short) return (short)value;
            if (value is sbyte) return (sbyte)value;
            if (value is byte) return (byte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (long)(ulong)value;
            if (value is char) return (char)value;
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
        }

        public static string GetName(Type enumType, object value)
        {
            long handle = EnumHandle(enumType);
            return NameOf(handle, ValueOfObject(value));
        }

        public static string[] GetNames(Type enumType)
        {
            return NamesOf(EnumHandle(enumType));
        }

        public static bool IsDefined(Type enumType, object value)
        {
            long handle = EnumHandle(enumType);
            string name = value as string;
            long ignored;
            if (name != null)
                return ValueOf(handle, name, false, out ignored);
            return NameOf(handle, ValueOfObject(value)) != null;
        }

        public static object ToObject(Type enumType, object value)
        {
            long handle = EnumHandle(enumType);
            return Box(handle, ValueOfObject(value));
        }

        public static object ToObject(Type enumType, int value)
        {
            return Box(EnumHandle(enumType), value);
        }

        public static object ToObject(Type enumType, long value)
        {
            return Box(EnumHandle(enumType), value);
        }

        public static object Parse(Type enumType, string value)
        {
            return Parse(enumType, value, false);
        }

        // A constant's name, several joined by commas (their bits or'ed), or a number.
        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            long handle = EnumHandle(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            string text = value.Trim();
            if (text.Length == 0)
                throw new ArgumentException("Must specify valid information for parsing in the string.");
            char first = text[0];
            long number;
            if ((first >= '0' && first <= '9') || first == '-' || first == '+') {
                if (long.TryParse(text, out number))
                    return Box(handle, number);
            } else {
                long result = 0;
                string[] parts = text.Split(',');
                bool all = true;
                for (int i = 0; i < parts.Length && all; i++) {
                    long v;
                    all = ValueOf(handle, parts[i].Trim(), ignoreCase, out v);
                    result |= v;
                }
                if (all)
                    return Box(handle, result);
            }
            throw new ArgumentException("Requested value '" + value + "' was not found.");
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string NameOf(long handle, long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string[] NamesOf(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool ValueOf(long handle, string name, bool ignoreCase, out long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern object Box(long handle, long value);

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString();
        }

        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }
    }

    public struct Void
    {
    }

    // Activator.CreateInstance<T>() is what `new T()` compiles to. Every generic
    // instantiation is specialised, so the importer expands it to a `newobj` of the known
    // T (or a zeroed value); this body only runs if that expansion is bypassed.
    public static class Activator
    {
        public static T CreateInstance<T>()
        {
            throw new NotSupportedException("Activator.CreateInstance<T> is expanded by the compiler");
        }
    }
}

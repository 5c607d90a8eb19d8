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
            return new RuntimeType(GetTypeHandle());
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

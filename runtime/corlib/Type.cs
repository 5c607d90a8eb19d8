// Type.cs — a minimal System.Type: enough for GetType(), typeof, Name/FullName and
// type equality. ilc has no reflection yet; a RuntimeType just wraps the runtime's
// RtType pointer (as a long: the handle is opaque to C# code, and a long crosses icalls
// as a plain integer). As on .NET there is one RuntimeType per type (RuntimeType.For), so
// IL that compares Type objects by reference (beq, ReferenceEquals) sees them equal.
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    public abstract class MemberInfo
    {
        protected MemberInfo()
        {
        }

        public abstract string Name { get; }
    }
}

namespace System
{
    public abstract class Type : System.Reflection.MemberInfo
    {
        protected Type()
        {
        }

        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract Type BaseType { get; }

        public bool IsValueType
        {
            get { return IsValueTypeImpl(); }
        }

        public bool IsArray
        {
            get { return IsArrayImpl(); }
        }

        protected virtual bool IsValueTypeImpl()
        {
            return false;
        }

        protected abstract bool IsArrayImpl();

        public static bool operator ==(Type left, Type right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(Type left, Type right)
        {
            return !(left == right);
        }

        public override bool Equals(object o)
        {
            return (object)this == o;
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public override string ToString()
        {
            return FullName;
        }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle)
        {
            return RuntimeType.For(handle.value);
        }
    }

    internal sealed class RuntimeType : Type
    {
        internal long handle;

        // The RuntimeType of each handle asked for so far: an open-addressed table, grown
        // at half full, under a lock so that two threads never make two objects for one type.
        static RuntimeType[] cache = new RuntimeType[64];
        static int cached;
        static readonly object cacheLock = new object();

        RuntimeType(long handle)
        {
            this.handle = handle;
        }

        internal static RuntimeType For(long handle)
        {
            lock (cacheLock)
            {
                int i = Slot(cache, handle);
                if (cache[i] != null)
                    return cache[i];
                RuntimeType t = new RuntimeType(handle);
                cache[i] = t;
                if (++cached * 2 > cache.Length)
                {
                    RuntimeType[] bigger = new RuntimeType[cache.Length * 2];
                    foreach (RuntimeType e in cache)
                        if (e != null)
                            bigger[Slot(bigger, e.handle)] = e;
                    cache = bigger;
                }
                return t;
            }
        }

        // The slot holding handle's type, or the empty slot where it belongs.
        static int Slot(RuntimeType[] table, long handle)
        {
            int mask = table.Length - 1;
            int i = (int)((ulong)handle >> 4) & mask; // the low bits vary little: RtTypes are aligned
            while (table[i] != null && table[i].handle != handle)
                i = (i + 1) & mask;
            return i;
        }

        public override string Name
        {
            get { return GetName(handle); }
        }

        public override string Namespace
        {
            get { return GetNamespace(handle); }
        }

        // Nested types are Outer+Inner; a generic instance's FullName assembly-qualifies its
        // type arguments, its ToString() does not (as .NET spells them).
        public override string FullName
        {
            get { return GetFullName(handle); }
        }

        public override string ToString()
        {
            return GetDisplayName(handle);
        }

        public override Type BaseType
        {
            get
            {
                long parent = GetParent(handle);
                return parent == 0 ? null : RuntimeType.For(parent);
            }
        }

        protected override bool IsValueTypeImpl()
        {
            return (GetFlags(handle) & 1) != 0;
        }

        protected override bool IsArrayImpl()
        {
            return (GetFlags(handle) & 8) != 0;
        }

        public override bool Equals(object o)
        {
            RuntimeType other = o as RuntimeType;
            return other != null && other.handle == handle;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetNamespace(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetFullName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetDisplayName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetParent(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetFlags(long handle);

        // An array's element type; an enum's underlying type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetElement(long handle);
    }

    // Handles are what ldtoken pushes. The runtime defines their contents: a
    // pointer-sized value (RtType*, field or method descriptor).
    public struct RuntimeTypeHandle
    {
        internal long value;
    }

    public struct RuntimeFieldHandle
    {
        internal long value;
    }

    public struct RuntimeMethodHandle
    {
        internal long value;
    }

    public struct RuntimeArgumentHandle
    {
        internal long value;
    }

    public struct TypedReference
    {
        internal long value;
        internal long type;
    }

    // The values .NET gives them (there is no 17); nothing in corlib returns one yet.
    public enum TypeCode
    {
        Empty = 0,
        Object = 1,
        DBNull = 2,
        Boolean = 3,
        Char = 4,
        SByte = 5,
        Byte = 6,
        Int16 = 7,
        UInt16 = 8,
        Int32 = 9,
        UInt32 = 10,
        Int64 = 11,
        UInt64 = 12,
        Single = 13,
        Double = 14,
        Decimal = 15,
        DateTime = 16,
        String = 18,
    }
}

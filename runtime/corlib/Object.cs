// Object.cs — System.Object, the root of ilc's corlib, plus ValueType, Enum and Void.
//
// ilc binds user references to [mscorlib] by name and signature onto this assembly,
// so public signatures match .NET Framework exactly. System.Object declares no
// fields (ilrt.h: every object is a type pointer followed by its fields).
using System.Reflection;
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

    // An enum's names and values are the runtime's (RtEnumInfo, from its constant fields);
    // the static helpers reach them through the RuntimeType's handle.
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
            if (IsUInt64())
                return (ulong)a < (ulong)b ? -1 : ((ulong)a > (ulong)b ? 1 : 0);
            return a < b ? -1 : (a > b ? 1 : 0);
        }

        bool IsUInt64()
        {
            return GetValueSize() == 8 && RuntimeType.GetFullName(RuntimeType.GetElement(GetTypeHandle())) == "System.UInt64";
        }

        // The value as its underlying type prints it.
        string NumberText()
        {
            long v = GetValue();
            if (v < 0 && IsUInt64())
                return Number.FormatUInt64((ulong)v, null, 8);
            return Number.FormatInt64(v, null, 8);
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
            string name = GetName(false);
            return name != null ? name : NumberText();
        }

        // The constant's name, or the names of the set bits for [Flags] (and for any enum
        // when asFlags: the "F" format); null when none fits.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern string GetName(bool asFlags);

        public string ToString(string format)
        {
            if (format == null || format.Length == 0)
                return ToString();
            if (format.Length == 1) {
                switch (format[0]) {
                case 'G':
                case 'g':
                    return ToString();
                case 'D':
                case 'd':
                    return NumberText();
                case 'X':
                case 'x':
                    return Number.FormatInt64(GetValue(), "X" + (GetValueSize() * 2).ToString(), GetValueSize());
                case 'F':
                case 'f':
                    string name = GetName(true);
                    return name != null ? name : NumberText();
                }
            }
            throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }

        // As the underlying type's hash (Int64 folds its halves).
        public override int GetHashCode()
        {
            long v = GetValue();
            if (GetValueSize() == 8)
                return (int)v ^ (int)(v >> 32);
            return (int)v;
        }

        // The boxed value as the underlying type widens to long (a UInt64's top bit makes it
        // negative).
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

        public static Type GetUnderlyingType(Type enumType)
        {
            return RuntimeType.For(RuntimeType.GetElement(EnumHandle(enumType)));
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

        // An E[] of the constants, in the order of GetNames.
        public static Array GetValues(Type enumType)
        {
            Array values = ValuesOf(EnumHandle(enumType));
            if (values == null)
                throw new NotSupportedException("ilc --aot: the executable has no array type " + enumType.FullName + "[] (take typeof(" + enumType.FullName + ") to have one)");
            return values;
        }

        // A constant's name, an enum of this very type, or a number of its underlying type.
        public static bool IsDefined(Type enumType, object value)
        {
            long handle = EnumHandle(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            string name = value as string;
            long ignored;
            if (name != null)
                return ValueOf(handle, name, false, out ignored);
            if (value is Enum) {
                if (!enumType.Equals(value.GetType()))
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + value.GetType() + "'; the enum type was '" + enumType + "'.");
            } else if (!IsIntegral(value)) {
                throw new InvalidOperationException("Unknown enum type.");
            } else if (!value.GetType().Equals(GetUnderlyingType(enumType))) {
                throw new ArgumentException("Enum underlying type and the object must be same type or object must be a String. Type passed in was '" + value.GetType().FullName + "'; the enum underlying type was '" + GetUnderlyingType(enumType).FullName + "'.");
            }
            return NameOf(handle, ValueOfObject(value)) != null;
        }

        static bool IsIntegral(object value)
        {
            return value is int || value is long || value is short || value is sbyte || value is byte ||
                value is ushort || value is uint || value is ulong || value is char || value is bool;
        }

        public static string Format(Type enumType, object value, string format)
        {
            long handle = EnumHandle(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            if (format == null)
                throw new ArgumentNullException("format");
            if (value is Enum) {
                if (!enumType.Equals(value.GetType()))
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + value.GetType() + "'; the enum type was '" + enumType + "'.");
                return ((Enum)value).ToString(format);
            }
            if (!value.GetType().Equals(GetUnderlyingType(enumType)))
                throw new ArgumentException("Enum underlying type and the object must be same type or object. Type passed in was '" + value.GetType().FullName + "'; the enum underlying type was '" + GetUnderlyingType(enumType).FullName + "'.");
            return ((Enum)Box(handle, ValueOfObject(value))).ToString(format);
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

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            long handle = EnumHandle(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            long result;
            switch (ParseCore(handle, value, ignoreCase, out result)) {
            case ParseEmpty:
                throw new ArgumentException("Must specify valid information for parsing in the string.");
            case ParseNotFound:
                throw new ArgumentException("Requested value '" + value + "' was not found.");
            }
            return Box(handle, result);
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct
        {
            return TryParse<TEnum>(value, false, out result);
        }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            long handle = EnumHandle(typeof(TEnum));
            result = default(TEnum);
            if (value == null)
                return false;
            long parsed;
            try {
                if (ParseCore(handle, value, ignoreCase, out parsed) != ParseOk)
                    return false;
            } catch (OverflowException) {
                return false;
            }
            result = (TEnum)Box(handle, parsed);
            return true;
        }

        const int ParseOk = 0, ParseEmpty = 1, ParseNotFound = 2;

        // A constant's name, several joined by commas (their bits or'ed), or a number in
        // the range of the underlying type (else OverflowException, as its Parse throws).
        static int ParseCore(long handle, string value, bool ignoreCase, out long result)
        {
            result = 0;
            string text = value.Trim();
            if (text.Length == 0)
                return ParseEmpty;
            char first = text[0];
            if ((first >= '0' && first <= '9') || first == '-' || first == '+') {
                long asLong;
                ulong asULong;
                if (!long.TryParse(text, out asLong) && !ulong.TryParse(text, out asULong))
                    return ParseNotFound;
                result = ParseNumber(handle, text);
                return ParseOk;
            }
            string[] parts = text.Split(',');
            for (int i = 0; i < parts.Length; i++) {
                long v;
                if (!ValueOf(handle, parts[i].Trim(), ignoreCase, out v))
                    return ParseNotFound;
                result |= v;
            }
            return ParseOk;
        }

        static long ParseNumber(long handle, string text)
        {
            switch (RuntimeType.GetFullName(RuntimeType.GetElement(handle))) {
            case "System.SByte": return sbyte.Parse(text);
            case "System.Byte": return byte.Parse(text);
            case "System.Int16": return short.Parse(text);
            case "System.UInt16": return ushort.Parse(text);
            case "System.Int32": return int.Parse(text);
            case "System.UInt32": return uint.Parse(text);
            case "System.UInt64": return (long)ulong.Parse(text);
            default: return long.Parse(text);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string NameOf(long handle, long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string[] NamesOf(long handle);

        // NULL when this mode has no E[] (an AOT executable that never names it).
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Array ValuesOf(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool ValueOf(long handle, string name, bool ignoreCase, out long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern object Box(long handle, long value);

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
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

        public static object CreateInstance(Type type)
        {
            return CreateInstance(type, false);
        }

        // A value type needs no constructor: its default, boxed.
        public static object CreateInstance(Type type, bool nonPublic)
        {
            if (type == null)
                throw new ArgumentNullException("type");
            RuntimeType rt = type as RuntimeType;
            if (rt != null && rt.IsValueType)
                return RuntimeType.Allocate(rt.handle);
            BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | (nonPublic ? BindingFlags.NonPublic : 0);
            foreach (ConstructorInfo c in type.GetConstructors(flags))
                if (c.GetParameters().Length == 0)
                    return Construct(c, new object[0]);
            throw new MissingMethodException("No parameterless constructor defined for this object.");
        }

        // The constructor whose parameters take args (null matches any reference or
        // Nullable parameter); what it throws comes out wrapped, as on .NET.
        public static object CreateInstance(Type type, params object[] args)
        {
            if (type == null)
                throw new ArgumentNullException("type");
            if (args == null || args.Length == 0)
                return CreateInstance(type);
            ConstructorInfo found = null;
            foreach (ConstructorInfo c in type.GetConstructors())
            {
                ParameterInfo[] ps = c.GetParameters();
                bool fits = ps.Length == args.Length;
                for (int i = 0; fits && i < ps.Length; i++)
                {
                    Type pt = ps[i].ParameterType;
                    RuntimeType rp = pt as RuntimeType; // a ref parameter's is not
                    fits = args[i] == null ? !pt.IsValueType || (rp != null && rp.IsNullable)
                                           : rp != null && rp.Accepts(args[i]);
                }
                if (!fits)
                    continue;
                if (found != null)
                    throw new AmbiguousMatchException("Ambiguous match found.");
                found = c;
            }
            if (found == null)
                throw new MissingMethodException("Constructor on type '" + type.FullName + "' not found.");
            return Construct(found, args);
        }

        static object Construct(ConstructorInfo c, object[] args)
        {
            if (c.DeclaringType.IsAbstract)
                throw new MissingMethodException("Cannot create an abstract class.");
            return c.Invoke(args);
        }
    }
}

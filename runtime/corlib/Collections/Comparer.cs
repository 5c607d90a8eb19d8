// Collections/Comparer.cs — Comparer<T>.Default, EqualityComparer<T>.Default, the
// non-generic Comparer, and StringComparer.
//
// .NET picks a default comparer by reflection over typeof(T). ilc specialises every
// instantiation and has no reflection yet, so Default is chosen once per instantiation
// by testing values instead of types:
//
//   default(T) boxed is a primitive  ->  a comparer constrained to IComparable<T> /
//                                        IEquatable<T> (no boxing per call)
//   default(T) boxed is another struct -> calls through the boxed value
//   default(T) is null (classes, T?)  ->  null checks, then IComparable<T> /
//                                        IEquatable<T> when the value implements it,
//                                        else IComparable / Equals(object)
//
// The results are .NET's for every type: only the path to them differs.
namespace System.Collections.Generic
{
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        private static Comparer<T> defaultComparer;

        protected Comparer()
        {
        }

        public static Comparer<T> Default
        {
            get
            {
                Comparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = CreateDefault();
                    defaultComparer = c;
                }
                return c;
            }
        }

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null)
                throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;
            if (x is T && y is T)
                return Compare((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        private static Comparer<T> CreateDefault()
        {
            object d = default(T);
            if (d is int)
                return (Comparer<T>)(object)new ValueComparer<int>();
            if (d is long)
                return (Comparer<T>)(object)new ValueComparer<long>();
            if (d is double)
                return (Comparer<T>)(object)new ValueComparer<double>();
            if (d is char)
                return (Comparer<T>)(object)new ValueComparer<char>();
            if (d is uint)
                return (Comparer<T>)(object)new ValueComparer<uint>();
            if (d is ulong)
                return (Comparer<T>)(object)new ValueComparer<ulong>();
            if (d is short)
                return (Comparer<T>)(object)new ValueComparer<short>();
            if (d is ushort)
                return (Comparer<T>)(object)new ValueComparer<ushort>();
            if (d is byte)
                return (Comparer<T>)(object)new ValueComparer<byte>();
            if (d is sbyte)
                return (Comparer<T>)(object)new ValueComparer<sbyte>();
            if (d is float)
                return (Comparer<T>)(object)new ValueComparer<float>();
            if (d is bool)
                return (Comparer<T>)(object)new ValueComparer<bool>();
            if (d is decimal)
                return (Comparer<T>)(object)new ValueComparer<decimal>();
            object probe = new T[0];
            if (probe is string[])
                return (Comparer<T>)(object)new StringDefaultComparer();
            return new ObjectComparer<T>();
        }
    }

    // Primitives: CompareTo(T) through a constrained call.
    internal sealed class ValueComparer<T> : Comparer<T> where T : struct, IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            return x.CompareTo(y);
        }
    }

    internal sealed class StringDefaultComparer : Comparer<string>
    {
        public override int Compare(string x, string y)
        {
            return String.Compare(x, y);
        }
    }

    // Everything else: nulls first, then IComparable<T>, then IComparable on either side.
    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;
            IComparable<T> g = x as IComparable<T>;
            if (g != null)
                return g.CompareTo(y);
            return Comparer.Default.Compare(x, y);
        }
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> comparison;

        internal ComparisonComparer(Comparison<T> comparison)
        {
            this.comparison = comparison;
        }

        public override int Compare(T x, T y)
        {
            return comparison(x, y);
        }
    }

    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> defaultComparer;

        protected EqualityComparer()
        {
        }

        public static EqualityComparer<T> Default
        {
            get
            {
                EqualityComparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = CreateDefault();
                    defaultComparer = c;
                }
                return c;
            }
        }

        public abstract bool Equals(T x, T y);

        public abstract int GetHashCode(T obj);

        // The first index in array[startIndex .. startIndex+count) equal to value, or -1.
        internal virtual int IndexOf(T[] array, T value, int startIndex, int count)
        {
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (Equals(array[i], value))
                    return i;
            return -1;
        }

        // The last index in array(startIndex-count .. startIndex] equal to value, or -1.
        internal virtual int LastIndexOf(T[] array, T value, int startIndex, int count)
        {
            int end = startIndex - count + 1;
            for (int i = startIndex; i >= end; i--)
                if (Equals(array[i], value))
                    return i;
            return -1;
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null)
                return 0;
            if (obj is T)
                return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y)
                return true;
            if (x == null || y == null)
                return false;
            if (x is T && y is T)
                return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        private static EqualityComparer<T> CreateDefault()
        {
            object d = default(T);
            if (d == null)
            {
                object probe = new T[0];
                if (probe is string[])
                    return (EqualityComparer<T>)(object)new StringEqualityComparer();
                return new ObjectEqualityComparer<T>();
            }
            if (d is int)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<int>();
            if (d is long)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<long>();
            if (d is char)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<char>();
            if (d is double)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<double>();
            if (d is uint)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<uint>();
            if (d is ulong)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<ulong>();
            if (d is short)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<short>();
            if (d is ushort)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<ushort>();
            if (d is byte)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<byte>();
            if (d is sbyte)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<sbyte>();
            if (d is float)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<float>();
            if (d is bool)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<bool>();
            if (d is decimal)
                return (EqualityComparer<T>)(object)new ValueEqualityComparer<decimal>();
            if (d is IEquatable<T>)
                return new BoxedEquatableComparer<T>();
            return new StructEqualityComparer<T>();
        }
    }

    // Primitives: Equals(T) and GetHashCode through constrained calls.
    internal sealed class ValueEqualityComparer<T> : EqualityComparer<T> where T : struct, IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            return x.Equals(y);
        }

        public override int GetHashCode(T obj)
        {
            return obj.GetHashCode();
        }

        internal override int IndexOf(T[] array, T value, int startIndex, int count)
        {
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (array[i].Equals(value))
                    return i;
            return -1;
        }
    }

    internal sealed class StringEqualityComparer : EqualityComparer<string>
    {
        public override bool Equals(string x, string y)
        {
            return String.Equals(x, y);
        }

        public override int GetHashCode(string obj)
        {
            return obj == null ? 0 : obj.GetHashCode();
        }
    }

    // A user struct implementing IEquatable<T>: the call goes through a boxed copy of x.
    internal sealed class BoxedEquatableComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            return ((IEquatable<T>)x).Equals(y);
        }

        public override int GetHashCode(T obj)
        {
            return obj.GetHashCode();
        }
    }

    // Any other struct: its Equals(object), which boxes y only.
    internal sealed class StructEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            return x.Equals((object)y);
        }

        public override int GetHashCode(T obj)
        {
            return obj.GetHashCode();
        }
    }

    // Classes, interfaces and Nullable<T>: null checks first.
    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null)
                return y == null;
            if (y == null)
                return false;
            IEquatable<T> e = x as IEquatable<T>;
            if (e != null)
                return e.Equals(y);
            return x.Equals((object)y);
        }

        public override int GetHashCode(T obj)
        {
            return obj == null ? 0 : obj.GetHashCode();
        }
    }

    // A caller's IEqualityComparer<T> seen as an EqualityComparer<T>, so that the hash
    // tables make one kind of call whatever comparer they were given.
    internal sealed class WrappedEqualityComparer<T> : EqualityComparer<T>
    {
        internal readonly IEqualityComparer<T> inner;

        internal WrappedEqualityComparer(IEqualityComparer<T> inner)
        {
            this.inner = inner;
        }

        internal static EqualityComparer<T> For(IEqualityComparer<T> comparer)
        {
            if (comparer == null)
                return EqualityComparer<T>.Default;
            EqualityComparer<T> c = comparer as EqualityComparer<T>;
            if (c != null)
                return c;
            return new WrappedEqualityComparer<T>(comparer);
        }

        public override bool Equals(T x, T y)
        {
            return inner.Equals(x, y);
        }

        public override int GetHashCode(T obj)
        {
            return inner.GetHashCode(obj);
        }
    }
}

namespace System.Collections
{
    // The non-generic default order: strings by culture, else IComparable on either side.
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = Default;

        private Comparer()
        {
        }

        public Comparer(System.Globalization.CultureInfo culture)
        {
            if (culture == null)
                throw new ArgumentNullException("culture");
        }

        public int Compare(object a, object b)
        {
            if (a == b)
                return 0;
            if (a == null)
                return -1;
            if (b == null)
                return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null)
                return String.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null)
                return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null)
                return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}

namespace System
{
    using System.Collections;
    using System.Collections.Generic;
    using System.Globalization;

    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer ordinal = new OrdinalStringComparer(false);
        private static readonly StringComparer ordinalIgnoreCase = new OrdinalStringComparer(true);
        private static readonly StringComparer culture = new CultureStringComparer(false);
        private static readonly StringComparer cultureIgnoreCase = new CultureStringComparer(true);

        protected StringComparer()
        {
        }

        public static StringComparer Ordinal
        {
            get { return ordinal; }
        }

        public static StringComparer OrdinalIgnoreCase
        {
            get { return ordinalIgnoreCase; }
        }

        public static StringComparer InvariantCulture
        {
            get { return culture; }
        }

        public static StringComparer InvariantCultureIgnoreCase
        {
            get { return cultureIgnoreCase; }
        }

        public static StringComparer CurrentCulture
        {
            get { return culture; }
        }

        public static StringComparer CurrentCultureIgnoreCase
        {
            get { return cultureIgnoreCase; }
        }

        // Every culture is the invariant one in ilc.
        public static StringComparer Create(CultureInfo culture, bool ignoreCase)
        {
            if (culture == null)
                throw new ArgumentNullException("culture");
            return ignoreCase ? cultureIgnoreCase : StringComparer.culture;
        }

        public abstract int Compare(string x, string y);

        public abstract bool Equals(string x, string y);

        public abstract int GetHashCode(string obj);

        public int Compare(object x, object y)
        {
            if (x == y)
                return 0;
            if (x == null)
                return -1;
            if (y == null)
                return 1;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null)
                return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null)
                return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y)
                return true;
            if (x == null || y == null)
                return false;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null)
                return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
            string s = obj as string;
            if (s != null)
                return GetHashCode(s);
            return obj.GetHashCode();
        }
    }

    internal sealed class OrdinalStringComparer : StringComparer
    {
        private readonly bool ignoreCase;

        internal OrdinalStringComparer(bool ignoreCase)
        {
            this.ignoreCase = ignoreCase;
        }

        public override int Compare(string x, string y)
        {
            return String.Compare(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public override bool Equals(string x, string y)
        {
            return String.Equals(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
            return ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            OrdinalStringComparer o = obj as OrdinalStringComparer;
            return o != null && o.ignoreCase == ignoreCase;
        }

        public override int GetHashCode()
        {
            return ignoreCase ? 1 : 0;
        }
    }

    internal sealed class CultureStringComparer : StringComparer
    {
        private readonly bool ignoreCase;

        internal CultureStringComparer(bool ignoreCase)
        {
            this.ignoreCase = ignoreCase;
        }

        public override int Compare(string x, string y)
        {
            return String.Compare(x, y, ignoreCase);
        }

        public override bool Equals(string x, string y)
        {
            return String.Compare(x, y, ignoreCase) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
            return ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            CultureStringComparer o = obj as CultureStringComparer;
            return o != null && o.ignoreCase == ignoreCase;
        }

        public override int GetHashCode()
        {
            return ignoreCase ? 3 : 2;
        }
    }
}

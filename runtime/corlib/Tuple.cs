// Tuple.cs — System.Tuple and Tuple`1 ... Tuple`8 (classes, immutable), and what they
// share with ValueTuple.cs: ITuple, the hash combination and the printing of elements.
//
// Every member behaves as Mono's (the .NET Framework's): Equals, GetHashCode and
// CompareTo go element by element through EqualityComparer<object>.Default and
// Comparer<object>.Default (IStructuralEquatable/IStructuralComparable with those
// comparers), ToString prints "(a, b)" with null elements empty. Hash codes are the
// Framework's exactly, not just equal for equal tuples:
//
//   Combine(a, b)             = ((a << 5) + a) ^ b
//   Combine(a, b, c)          = Combine(Combine(a, b), c)
//   Combine(a, b, c, d)       = Combine(Combine(a, b), Combine(c, d))
//   Combine(a .. d, e [.. h]) = Combine(Combine(a, b, c, d), Combine(e [.. h]))
//
// Eight or more elements nest: the eighth field, Rest, is a tuple holding the others.
// ToString and ITuple see through it; GetHashCode hashes only the last eight elements.
// The classes differ only in arity, so they are written out one per arity, the same way.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Runtime.CompilerServices
{
    // Any tuple, of either kind, seen as a list of boxed elements.
    public interface ITuple
    {
        int Length { get; }
        object this[int index] { get; }
    }
}

namespace System
{
    // What an eight-element tuple asks of its Rest (another Tuple).
    internal interface ITupleInternal : ITuple
    {
        void AppendItems(StringBuilder sb);
        int GetHashCode(IEqualityComparer comparer);
    }

    internal static class TupleSupport
    {
        internal static int Combine(int h1, int h2)
        {
            return ((h1 << 5) + h1) ^ h2;
        }

        internal static int Combine(int h1, int h2, int h3)
        {
            return Combine(Combine(h1, h2), h3);
        }

        internal static int Combine(int h1, int h2, int h3, int h4)
        {
            return Combine(Combine(h1, h2), Combine(h3, h4));
        }

        internal static int Combine(int h1, int h2, int h3, int h4, int h5)
        {
            return Combine(Combine(h1, h2, h3, h4), h5);
        }

        internal static int Combine(int h1, int h2, int h3, int h4, int h5, int h6)
        {
            return Combine(Combine(h1, h2, h3, h4), Combine(h5, h6));
        }

        internal static int Combine(int h1, int h2, int h3, int h4, int h5, int h6, int h7)
        {
            return Combine(Combine(h1, h2, h3, h4), Combine(h5, h6, h7));
        }

        internal static int Combine(int h1, int h2, int h3, int h4, int h5, int h6, int h7, int h8)
        {
            return Combine(Combine(h1, h2, h3, h4), Combine(h5, h6, h7, h8));
        }

        // An eight-element tuple's hash: its own seven element hashes `h` and its Rest's
        // length and hash. Only the last eight elements count, so a Rest of eight or
        // more is the whole hash; a shorter one is joined by our last 8 - length.
        internal static int CombineWithRest(int[] h, int restLength, int restHash)
        {
            switch (8 - restLength)
            {
                case 1:
                    return Combine(h[6], restHash);
                case 2:
                    return Combine(h[5], h[6], restHash);
                case 3:
                    return Combine(h[4], h[5], h[6], restHash);
                case 4:
                    return Combine(h[3], h[4], h[5], h[6], restHash);
                case 5:
                    return Combine(h[2], h[3], h[4], h[5], h[6], restHash);
                case 6:
                    return Combine(h[1], h[2], h[3], h[4], h[5], h[6], restHash);
                case 7:
                    return Combine(h[0], h[1], h[2], h[3], h[4], h[5], h[6], restHash);
            }
            return restHash;
        }

        internal static void Append<T>(StringBuilder sb, T item)
        {
            if (item != null)
                sb.Append(item.ToString());
        }

        internal static ArgumentException WrongType(object tuple)
        {
            return new ArgumentException("Argument must be of type " + tuple.GetType().ToString() + ".", "other");
        }
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1)
        {
            return new Tuple<T1>(item1);
        }

        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new Tuple<T1, T2>(item1, item2);
        }

        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new Tuple<T1, T2, T3>(item1, item2, item3);
        }

        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7,
                                                                new Tuple<T8>(item8));
        }
    }

    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;

        public Tuple(T1 item1)
        {
            this.item1 = item1;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1> t = other as Tuple<T1>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1> t = other as Tuple<T1>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            return comparer.Compare(item1, t.item1);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return comparer.GetHashCode(item1);
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 1; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;

        public Tuple(T1 item1, T2 item2)
        {
            this.item1 = item1;
            this.item2 = item2;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2> t = other as Tuple<T1, T2>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2> t = other as Tuple<T1, T2>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            return comparer.Compare(item2, t.item2);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 2; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3> t = other as Tuple<T1, T2, T3>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3> t = other as Tuple<T1, T2, T3>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            return comparer.Compare(item3, t.item3);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 3; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;
        private readonly T4 item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public T4 Item4
        {
            get { return item4; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4> t = other as Tuple<T1, T2, T3, T4>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3)
                && comparer.Equals(item4, t.item4);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4> t = other as Tuple<T1, T2, T3, T4>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            c = comparer.Compare(item3, t.item3);
            if (c != 0)
                return c;
            return comparer.Compare(item4, t.item4);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3), comparer.GetHashCode(item4));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
            sb.Append(", ");
            TupleSupport.Append(sb, item4);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 4; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                    case 3:
                        return item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;
        private readonly T4 item4;
        private readonly T5 item5;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
            this.item5 = item5;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public T4 Item4
        {
            get { return item4; }
        }

        public T5 Item5
        {
            get { return item5; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5> t = other as Tuple<T1, T2, T3, T4, T5>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3)
                && comparer.Equals(item4, t.item4)
                && comparer.Equals(item5, t.item5);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5> t = other as Tuple<T1, T2, T3, T4, T5>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            c = comparer.Compare(item3, t.item3);
            if (c != 0)
                return c;
            c = comparer.Compare(item4, t.item4);
            if (c != 0)
                return c;
            return comparer.Compare(item5, t.item5);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3), comparer.GetHashCode(item4), comparer.GetHashCode(item5));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
            sb.Append(", ");
            TupleSupport.Append(sb, item4);
            sb.Append(", ");
            TupleSupport.Append(sb, item5);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 5; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                    case 3:
                        return item4;
                    case 4:
                        return item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;
        private readonly T4 item4;
        private readonly T5 item5;
        private readonly T6 item6;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
            this.item5 = item5;
            this.item6 = item6;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public T4 Item4
        {
            get { return item4; }
        }

        public T5 Item5
        {
            get { return item5; }
        }

        public T6 Item6
        {
            get { return item6; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6> t = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3)
                && comparer.Equals(item4, t.item4)
                && comparer.Equals(item5, t.item5)
                && comparer.Equals(item6, t.item6);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6> t = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            c = comparer.Compare(item3, t.item3);
            if (c != 0)
                return c;
            c = comparer.Compare(item4, t.item4);
            if (c != 0)
                return c;
            c = comparer.Compare(item5, t.item5);
            if (c != 0)
                return c;
            return comparer.Compare(item6, t.item6);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3), comparer.GetHashCode(item4), comparer.GetHashCode(item5), comparer.GetHashCode(item6));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
            sb.Append(", ");
            TupleSupport.Append(sb, item4);
            sb.Append(", ");
            TupleSupport.Append(sb, item5);
            sb.Append(", ");
            TupleSupport.Append(sb, item6);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 6; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                    case 3:
                        return item4;
                    case 4:
                        return item5;
                    case 5:
                        return item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;
        private readonly T4 item4;
        private readonly T5 item5;
        private readonly T6 item6;
        private readonly T7 item7;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
            this.item5 = item5;
            this.item6 = item6;
            this.item7 = item7;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public T4 Item4
        {
            get { return item4; }
        }

        public T5 Item5
        {
            get { return item5; }
        }

        public T6 Item6
        {
            get { return item6; }
        }

        public T7 Item7
        {
            get { return item7; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3)
                && comparer.Equals(item4, t.item4)
                && comparer.Equals(item5, t.item5)
                && comparer.Equals(item6, t.item6)
                && comparer.Equals(item7, t.item7);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            c = comparer.Compare(item3, t.item3);
            if (c != 0)
                return c;
            c = comparer.Compare(item4, t.item4);
            if (c != 0)
                return c;
            c = comparer.Compare(item5, t.item5);
            if (c != 0)
                return c;
            c = comparer.Compare(item6, t.item6);
            if (c != 0)
                return c;
            return comparer.Compare(item7, t.item7);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3), comparer.GetHashCode(item4), comparer.GetHashCode(item5), comparer.GetHashCode(item6), comparer.GetHashCode(item7));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
            sb.Append(", ");
            TupleSupport.Append(sb, item4);
            sb.Append(", ");
            TupleSupport.Append(sb, item5);
            sb.Append(", ");
            TupleSupport.Append(sb, item6);
            sb.Append(", ");
            TupleSupport.Append(sb, item7);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 7; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                    case 3:
                        return item4;
                    case 4:
                        return item5;
                    case 5:
                        return item6;
                    case 6:
                        return item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    // Eight or more elements: Rest is another Tuple holding the remaining ones.
    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        private readonly T1 item1;
        private readonly T2 item2;
        private readonly T3 item3;
        private readonly T4 item4;
        private readonly T5 item5;
        private readonly T6 item6;
        private readonly T7 item7;
        private readonly TRest rest;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is ITupleInternal))
                throw new ArgumentException("The last element of an eight element tuple must be a Tuple.");
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
            this.item5 = item5;
            this.item6 = item6;
            this.item7 = item7;
            this.rest = rest;
        }

        public T1 Item1
        {
            get { return item1; }
        }

        public T2 Item2
        {
            get { return item2; }
        }

        public T3 Item3
        {
            get { return item3; }
        }

        public T4 Item4
        {
            get { return item4; }
        }

        public T5 Item5
        {
            get { return item5; }
        }

        public T6 Item6
        {
            get { return item6; }
        }

        public T7 Item7
        {
            get { return item7; }
        }

        public TRest Rest
        {
            get { return rest; }
        }

        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (t == null)
                return false;
            return comparer.Equals(item1, t.item1)
                && comparer.Equals(item2, t.item2)
                && comparer.Equals(item3, t.item3)
                && comparer.Equals(item4, t.item4)
                && comparer.Equals(item5, t.item5)
                && comparer.Equals(item6, t.item6)
                && comparer.Equals(item7, t.item7)
                && comparer.Equals(rest, t.rest);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (t == null)
                throw TupleSupport.WrongType(this);
            int c = comparer.Compare(item1, t.item1);
            if (c != 0)
                return c;
            c = comparer.Compare(item2, t.item2);
            if (c != 0)
                return c;
            c = comparer.Compare(item3, t.item3);
            if (c != 0)
                return c;
            c = comparer.Compare(item4, t.item4);
            if (c != 0)
                return c;
            c = comparer.Compare(item5, t.item5);
            if (c != 0)
                return c;
            c = comparer.Compare(item6, t.item6);
            if (c != 0)
                return c;
            c = comparer.Compare(item7, t.item7);
            if (c != 0)
                return c;
            return comparer.Compare(rest, t.rest);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            ITupleInternal t = (ITupleInternal)rest;
            int[] hashes = {
                comparer.GetHashCode(item1), comparer.GetHashCode(item2), comparer.GetHashCode(item3),
                comparer.GetHashCode(item4), comparer.GetHashCode(item5), comparer.GetHashCode(item6),
                comparer.GetHashCode(item7) };
            return TupleSupport.CombineWithRest(hashes, t.Length, t.GetHashCode(comparer));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((ITupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, item1);
            sb.Append(", ");
            TupleSupport.Append(sb, item2);
            sb.Append(", ");
            TupleSupport.Append(sb, item3);
            sb.Append(", ");
            TupleSupport.Append(sb, item4);
            sb.Append(", ");
            TupleSupport.Append(sb, item5);
            sb.Append(", ");
            TupleSupport.Append(sb, item6);
            sb.Append(", ");
            TupleSupport.Append(sb, item7);
            sb.Append(", ");
            ((ITupleInternal)rest).AppendItems(sb);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
        }

        int ITuple.Length
        {
            get { return 7 + ((ITuple)rest).Length; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return item1;
                    case 1:
                        return item2;
                    case 2:
                        return item3;
                    case 3:
                        return item4;
                    case 4:
                        return item5;
                    case 5:
                        return item6;
                    case 6:
                        return item7;
                }
                if (index < 0)
                    throw new IndexOutOfRangeException();
                return ((ITuple)rest)[index - 7];
            }
        }
    }

    // Conversions between the two kinds of tuple, and Deconstruct for Tuple (which mcs
    // accepts only as an explicit call: its deconstruction syntax is for ValueTuple).
    public static class TupleExtensions
    {
        public static void Deconstruct<T1>(this Tuple<T1> value, out T1 item1)
        {
            item1 = value.Item1;
        }

        public static void Deconstruct<T1, T2>(this Tuple<T1, T2> value, out T1 item1, out T2 item2)
        {
            item1 = value.Item1;
            item2 = value.Item2;
        }

        public static void Deconstruct<T1, T2, T3>(this Tuple<T1, T2, T3> value, out T1 item1, out T2 item2, out T3 item3)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
        }

        public static void Deconstruct<T1, T2, T3, T4>(this Tuple<T1, T2, T3, T4> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
            item4 = value.Item4;
        }

        public static void Deconstruct<T1, T2, T3, T4, T5>(this Tuple<T1, T2, T3, T4, T5> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
            item4 = value.Item4;
            item5 = value.Item5;
        }

        public static void Deconstruct<T1, T2, T3, T4, T5, T6>(this Tuple<T1, T2, T3, T4, T5, T6> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5, out T6 item6)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
            item4 = value.Item4;
            item5 = value.Item5;
            item6 = value.Item6;
        }

        public static void Deconstruct<T1, T2, T3, T4, T5, T6, T7>(this Tuple<T1, T2, T3, T4, T5, T6, T7> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5, out T6 item6, out T7 item7)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
            item4 = value.Item4;
            item5 = value.Item5;
            item6 = value.Item6;
            item7 = value.Item7;
        }

        public static void Deconstruct<T1, T2, T3, T4, T5, T6, T7, T8>(this Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5, out T6 item6, out T7 item7, out T8 item8)
        {
            item1 = value.Item1;
            item2 = value.Item2;
            item3 = value.Item3;
            item4 = value.Item4;
            item5 = value.Item5;
            item6 = value.Item6;
            item7 = value.Item7;
            item8 = value.Rest.Item1;
        }

        public static ValueTuple<T1> ToValueTuple<T1>(this Tuple<T1> value)
        {
            return ValueTuple.Create(value.Item1);
        }

        public static ValueTuple<T1, T2> ToValueTuple<T1, T2>(this Tuple<T1, T2> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2);
        }

        public static ValueTuple<T1, T2, T3> ToValueTuple<T1, T2, T3>(this Tuple<T1, T2, T3> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3);
        }

        public static ValueTuple<T1, T2, T3, T4> ToValueTuple<T1, T2, T3, T4>(this Tuple<T1, T2, T3, T4> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3, value.Item4);
        }

        public static ValueTuple<T1, T2, T3, T4, T5> ToValueTuple<T1, T2, T3, T4, T5>(this Tuple<T1, T2, T3, T4, T5> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6> ToValueTuple<T1, T2, T3, T4, T5, T6>(this Tuple<T1, T2, T3, T4, T5, T6> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> ToValueTuple<T1, T2, T3, T4, T5, T6, T7>(this Tuple<T1, T2, T3, T4, T5, T6, T7> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> ToValueTuple<T1, T2, T3, T4, T5, T6, T7, T8>(this Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> value)
        {
            return ValueTuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7, value.Rest.Item1);
        }

        public static Tuple<T1> ToTuple<T1>(this ValueTuple<T1> value)
        {
            return Tuple.Create(value.Item1);
        }

        public static Tuple<T1, T2> ToTuple<T1, T2>(this ValueTuple<T1, T2> value)
        {
            return Tuple.Create(value.Item1, value.Item2);
        }

        public static Tuple<T1, T2, T3> ToTuple<T1, T2, T3>(this ValueTuple<T1, T2, T3> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3);
        }

        public static Tuple<T1, T2, T3, T4> ToTuple<T1, T2, T3, T4>(this ValueTuple<T1, T2, T3, T4> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3, value.Item4);
        }

        public static Tuple<T1, T2, T3, T4, T5> ToTuple<T1, T2, T3, T4, T5>(this ValueTuple<T1, T2, T3, T4, T5> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6> ToTuple<T1, T2, T3, T4, T5, T6>(this ValueTuple<T1, T2, T3, T4, T5, T6> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7> ToTuple<T1, T2, T3, T4, T5, T6, T7>(this ValueTuple<T1, T2, T3, T4, T5, T6, T7> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> ToTuple<T1, T2, T3, T4, T5, T6, T7, T8>(this ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> value)
        {
            return Tuple.Create(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7, value.Rest.Item1);
        }
    }
}

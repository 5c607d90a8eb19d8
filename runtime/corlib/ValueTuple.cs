// ValueTuple.cs — System.ValueTuple and ValueTuple`1 ... ValueTuple`8: the structs behind
// C# 7's tuple syntax. mcs turns `(int, string) F() => (1, "a")` into
// `new ValueTuple<int, string>(1, "a")`, `t.Item1` and named elements into field loads
// (the names only go into a TupleElementNamesAttribute), and `var (a, b) = t` into loads
// of Item1 and Item2.
//
// As in Mono (.NET's corefx sources), the elements are public mutable fields; Equals and
// CompareTo go element by element through EqualityComparer<Tn>.Default and
// Comparer<Tn>.Default, so comparing two tuples of ints boxes nothing; ToString prints
// "(a, b)", a null element as nothing. GetHashCode follows Tuple's combination
// (Tuple.cs): Mono seeds its ValueTuple hashes randomly per process, so only equality of
// the hashes of equal tuples can be compared with it, and that holds.
//
// Eight or more elements nest through Rest, which must be a ValueTuple itself; mcs
// builds such tuples only by hand (its tuple syntax stops at seven elements).
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    // What an eight-element ValueTuple asks of its Rest.
    internal interface IValueTupleInternal : ITuple
    {
        void AppendItems(StringBuilder sb);
        int GetHashCode(IEqualityComparer comparer);
    }

    // The empty tuple `()`, and the Create methods, which infer the element types.
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple>, IValueTupleInternal
    {
        public override bool Equals(object obj)
        {
            return obj is ValueTuple;
        }

        public bool Equals(ValueTuple other)
        {
            return true;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            return other is ValueTuple;
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple))
                throw TupleSupport.WrongType(this);
            return 0;
        }

        public int CompareTo(ValueTuple other)
        {
            return 0;
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            return ((IComparable)this).CompareTo(other);
        }

        public override int GetHashCode()
        {
            return 0;
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return 0;
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return 0;
        }

        public override string ToString()
        {
            return "()";
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
        }

        int ITuple.Length
        {
            get { return 0; }
        }

        object ITuple.this[int index]
        {
            get { throw new IndexOutOfRangeException(); }
        }

        public static ValueTuple Create()
        {
            return new ValueTuple();
        }

        public static ValueTuple<T1> Create<T1>(T1 item1)
        {
            return new ValueTuple<T1>(item1);
        }

        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new ValueTuple<T1, T2>(item1, item2);
        }

        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new ValueTuple<T1, T2, T3>(item1, item2, item3);
        }

        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6,
                                                                          item7, new ValueTuple<T8>(item8));
        }
    }

    // (x): a one-element tuple, ToString "(x)"; never written by C# syntax.
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1> && Equals((ValueTuple<T1>)obj);
        }

        public bool Equals(ValueTuple<T1> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1>))
                return false;
            ValueTuple<T1> t = (ValueTuple<T1>)other;
            return comparer.Equals(Item1, t.Item1);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1>)other);
        }

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1> t = (ValueTuple<T1>)other;
            return comparer.Compare(Item1, t.Item1);
        }

        public override int GetHashCode()
        {
            return EqualityComparer<T1>.Default.GetHashCode(Item1);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return comparer.GetHashCode(Item1);
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
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
                        return Item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2> && Equals((ValueTuple<T1, T2>)obj);
        }

        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2>))
                return false;
            ValueTuple<T1, T2> t = (ValueTuple<T1, T2>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2>)other);
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2> t = (ValueTuple<T1, T2>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            return comparer.Compare(Item2, t.Item2);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
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
                        return Item1;
                    case 1:
                        return Item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3> && Equals((ValueTuple<T1, T2, T3>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3>))
                return false;
            ValueTuple<T1, T2, T3> t = (ValueTuple<T1, T2, T3>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3> t = (ValueTuple<T1, T2, T3>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            return comparer.Compare(Item3, t.Item3);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2),
                                        EqualityComparer<T3>.Default.GetHashCode(Item3));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
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
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4> && Equals((ValueTuple<T1, T2, T3, T4>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4>))
                return false;
            ValueTuple<T1, T2, T3, T4> t = (ValueTuple<T1, T2, T3, T4>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3, T4>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3, T4> t = (ValueTuple<T1, T2, T3, T4>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0)
                return c;
            return comparer.Compare(Item4, t.Item4);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2),
                                        EqualityComparer<T3>.Default.GetHashCode(Item3),
                                        EqualityComparer<T4>.Default.GetHashCode(Item4));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
            sb.Append(", ");
            TupleSupport.Append(sb, Item4);
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
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5> && Equals((ValueTuple<T1, T2, T3, T4, T5>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>))
                return false;
            ValueTuple<T1, T2, T3, T4, T5> t = (ValueTuple<T1, T2, T3, T4, T5>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0)
                return c;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3, T4, T5> t = (ValueTuple<T1, T2, T3, T4, T5>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0)
                return c;
            return comparer.Compare(Item5, t.Item5);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2),
                                        EqualityComparer<T3>.Default.GetHashCode(Item3),
                                        EqualityComparer<T4>.Default.GetHashCode(Item4),
                                        EqualityComparer<T5>.Default.GetHashCode(Item5));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
            sb.Append(", ");
            TupleSupport.Append(sb, Item4);
            sb.Append(", ");
            TupleSupport.Append(sb, Item5);
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
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>))
                return false;
            ValueTuple<T1, T2, T3, T4, T5, T6> t = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0)
                return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0)
                return c;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3, T4, T5, T6> t = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0)
                return c;
            return comparer.Compare(Item6, t.Item6);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2),
                                        EqualityComparer<T3>.Default.GetHashCode(Item3),
                                        EqualityComparer<T4>.Default.GetHashCode(Item4),
                                        EqualityComparer<T5>.Default.GetHashCode(Item5),
                                        EqualityComparer<T6>.Default.GetHashCode(Item6));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
            sb.Append(", ");
            TupleSupport.Append(sb, Item4);
            sb.Append(", ");
            TupleSupport.Append(sb, Item5);
            sb.Append(", ");
            TupleSupport.Append(sb, Item6);
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
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>))
                return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6)
                && comparer.Equals(Item7, t.Item7);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0)
                return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0)
                return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c != 0)
                return c;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0)
                return c;
            c = comparer.Compare(Item6, t.Item6);
            if (c != 0)
                return c;
            return comparer.Compare(Item7, t.Item7);
        }

        public override int GetHashCode()
        {
            return TupleSupport.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                        EqualityComparer<T2>.Default.GetHashCode(Item2),
                                        EqualityComparer<T3>.Default.GetHashCode(Item3),
                                        EqualityComparer<T4>.Default.GetHashCode(Item4),
                                        EqualityComparer<T5>.Default.GetHashCode(Item5),
                                        EqualityComparer<T6>.Default.GetHashCode(Item6),
                                        EqualityComparer<T7>.Default.GetHashCode(Item7));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return TupleSupport.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6), comparer.GetHashCode(Item7));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
            sb.Append(", ");
            TupleSupport.Append(sb, Item4);
            sb.Append(", ");
            TupleSupport.Append(sb, Item5);
            sb.Append(", ");
            TupleSupport.Append(sb, Item6);
            sb.Append(", ");
            TupleSupport.Append(sb, Item7);
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
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                    case 6:
                        return Item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    // Eight or more elements: the eighth field, Rest, holds another ValueTuple with the
    // remaining ones, and Length, the indexer and ToString see through it. The constructor
    // insists on a ValueTuple, but default(ValueTuple<..., int>) has a plain Rest, which
    // then counts as one element (as in corefx).
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IStructuralEquatable, IStructuralComparable, IComparable,
        IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal
        where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is IValueTupleInternal))
                throw new ArgumentException("The last element of an eight element ValueTuple must be a ValueTuple.");
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7)
                && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>))
                return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6)
                && comparer.Equals(Item7, t.Item7)
                && comparer.Equals(Rest, t.Rest);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>))
                throw TupleSupport.WrongType(this);
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0)
                return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0)
                return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c != 0)
                return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7);
            if (c != 0)
                return c;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>))
                throw TupleSupport.WrongType(this);
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0)
                return c;
            c = comparer.Compare(Item6, t.Item6);
            if (c != 0)
                return c;
            c = comparer.Compare(Item7, t.Item7);
            if (c != 0)
                return c;
            return comparer.Compare(Rest, t.Rest);
        }

        public override int GetHashCode()
        {
            return ((IValueTupleInternal)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return ((IValueTupleInternal)this).GetHashCode(comparer);
        }

        int IValueTupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            int[] hashes = {
                comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6),
                comparer.GetHashCode(Item7) };
            IValueTupleInternal rest = Rest as IValueTupleInternal;
            if (rest == null)
                return TupleSupport.CombineWithRest(hashes, 1, comparer.GetHashCode(Rest));
            return TupleSupport.CombineWithRest(hashes, rest.Length, rest.GetHashCode(comparer));
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            ((IValueTupleInternal)this).AppendItems(sb);
            return sb.Append(')').ToString();
        }

        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            TupleSupport.Append(sb, Item1);
            sb.Append(", ");
            TupleSupport.Append(sb, Item2);
            sb.Append(", ");
            TupleSupport.Append(sb, Item3);
            sb.Append(", ");
            TupleSupport.Append(sb, Item4);
            sb.Append(", ");
            TupleSupport.Append(sb, Item5);
            sb.Append(", ");
            TupleSupport.Append(sb, Item6);
            sb.Append(", ");
            TupleSupport.Append(sb, Item7);
            sb.Append(", ");
            IValueTupleInternal rest = Rest as IValueTupleInternal;
            if (rest != null)
                rest.AppendItems(sb);
            else
                TupleSupport.Append(sb, Rest);
        }

        int ITuple.Length
        {
            get
            {
                ITuple rest = Rest as ITuple;
                return rest != null ? 7 + rest.Length : 8;
            }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                    case 6:
                        return Item7;
                }
                ITuple rest = Rest as ITuple;
                if (rest == null && index == 7)
                    return Rest;
                if (rest == null || index < 0)
                    throw new IndexOutOfRangeException();
                return rest[index - 7];
            }
        }
    }
}

// Delegate.cs — System.Delegate, System.MulticastDelegate and the standard delegate
// types (Action, Func, Predicate, Comparison, Converter, EventHandler).
//
// Layout contract with the importer, which writes every delegate's constructor and
// Invoke itself: Delegate holds the target object (_target) and the code pointer
// (_methodPtr); a combined delegate also has MulticastDelegate._invocationList, the
// single-cast delegates Invoke calls in order. The code pointer of a method changes
// when it is (re)compiled, so equality compares _method, a stable identity of the
// method, when the importer fills it in, and the code pointer otherwise. Combine and Remove build those lists
// here, as .NET does: combining appends, removing takes out the last occurrence of the
// other delegate's whole list.
namespace System
{
    public abstract class Delegate : ICloneable
    {
        internal object _target;
        internal long _methodPtr;
        internal long _method;

        protected Delegate()
        {
        }

        public object Target
        {
            get { return _target; }
        }

        public virtual object Clone()
        {
            return MemberwiseClone();
        }

        public virtual Delegate[] GetInvocationList()
        {
            Delegate[] list = new Delegate[1];
            list[0] = this;
            return list;
        }

        // The single-cast delegates this one calls: its list, or itself.
        internal Delegate[] Targets()
        {
            MulticastDelegate m = this as MulticastDelegate;
            if (m != null && m._invocationList != null)
                return m._invocationList;
            return GetInvocationList();
        }

        internal bool SameCall(Delegate d)
        {
            if (d._target != _target || d.GetTypeHandle() != GetTypeHandle())
                return false;
            if (d._method != 0 || _method != 0)
                return d._method == _method;
            return d._methodPtr == _methodPtr;
        }

        public override bool Equals(object obj)
        {
            Delegate d = obj as Delegate;
            if (d == null || d.GetTypeHandle() != GetTypeHandle())
                return false;
            Delegate[] a = Targets();
            Delegate[] b = d.Targets();
            if (a.Length != b.Length)
                return false;
            for (int i = 0; i < a.Length; i++)
                if (!a[i].SameCall(b[i]))
                    return false;
            return true;
        }

        // Equal delegates have equal hashes: the method's identity, as Equals compares it.
        public override int GetHashCode()
        {
            long m = _method != 0 ? _method : _methodPtr;
            return (int)m ^ (int)(m >> 32);
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null)
                return b;
            if ((object)b == null)
                return a;
            if (a.GetTypeHandle() != b.GetTypeHandle())
                throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] x = a.Targets();
            Delegate[] y = b.Targets();
            Delegate[] list = new Delegate[x.Length + y.Length];
            Array.Copy(x, 0, list, 0, x.Length);
            Array.Copy(y, 0, list, x.Length, y.Length);
            return FromList(list, list.Length);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null)
                return null;
            Delegate d = null;
            for (int i = 0; i < delegates.Length; i++)
                d = Combine(d, delegates[i]);
            return d;
        }

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null)
                return null;
            if ((object)value == null)
                return source;
            if (source.GetTypeHandle() != value.GetTypeHandle())
                throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] s = source.Targets();
            Delegate[] v = value.Targets();
            for (int start = s.Length - v.Length; start >= 0; start--)
            {
                if (!MatchesAt(s, start, v))
                    continue;
                Delegate[] rest = new Delegate[s.Length - v.Length];
                Array.Copy(s, 0, rest, 0, start);
                Array.Copy(s, start + v.Length, rest, start, s.Length - start - v.Length);
                return FromList(rest, rest.Length);
            }
            return source;
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate last;
            do
            {
                last = source;
                source = Remove(source, value);
            } while ((object)last != (object)source);
            return source;
        }

        private static bool MatchesAt(Delegate[] s, int start, Delegate[] v)
        {
            for (int i = 0; i < v.Length; i++)
                if (!s[start + i].SameCall(v[i]))
                    return false;
            return true;
        }

        // No delegates is null and one is itself; more become a copy of the last one
        // (so Target is the last target, as in .NET) carrying the whole list.
        private static Delegate FromList(Delegate[] list, int count)
        {
            if (count == 0)
                return null;
            Delegate last = list[count - 1];
            if (count == 1)
                return last;
            MulticastDelegate m = (MulticastDelegate)last.MemberwiseClone();
            m._invocationList = list;
            return m;
        }

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if ((object)d1 == null)
                return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(Delegate d1, Delegate d2)
        {
            return !(d1 == d2);
        }
    }

    public abstract class MulticastDelegate : Delegate
    {
        internal Delegate[] _invocationList;

        protected MulticastDelegate()
        {
        }

        public override Delegate[] GetInvocationList()
        {
            if (_invocationList == null)
                return base.GetInvocationList();
            Delegate[] copy = new Delegate[_invocationList.Length];
            Array.Copy(_invocationList, copy, copy.Length);
            return copy;
        }

        public override bool Equals(object obj)
        {
            return base.Equals(obj);
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if ((object)d1 == null)
                return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2)
        {
            return !(d1 == d2);
        }
    }

    // Every delegate type gets BeginInvoke/EndInvoke from the compiler, which name these.
    public interface IAsyncResult
    {
        bool IsCompleted { get; }
        object AsyncState { get; }
        bool CompletedSynchronously { get; }
    }

    public delegate void AsyncCallback(IAsyncResult ar);

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);

    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);

    public delegate bool Predicate<in T>(T obj);

    public delegate int Comparison<in T>(T x, T y);

    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);

    public delegate void EventHandler(object sender, EventArgs e);

    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);

    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();

        public EventArgs()
        {
        }
    }
}

// Delegate.cs — System.Delegate and System.MulticastDelegate.
//
// mcs needs both types to exist. Delegate invocation is the runtime's business (a
// delegate type's Invoke is implemented by ilc, not in IL); the fields below are the
// layout the runtime reads: the target object, then the code pointer to call.
namespace System
{
    public abstract class Delegate : ICloneable
    {
        internal object _target;
        internal long _methodPtr;

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

        public override bool Equals(object obj)
        {
            Delegate d = obj as Delegate;
            if (d == null)
                return false;
            return d._target == _target && d._methodPtr == _methodPtr && d.GetTypeHandle() == GetTypeHandle();
        }

        public override int GetHashCode()
        {
            return (int)_methodPtr ^ (int)(_methodPtr >> 32);
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
        protected MulticastDelegate()
        {
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
}

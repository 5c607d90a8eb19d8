// WeakReference.cs — System.WeakReference and WeakReference<T>: a reference that does not
// keep its target alive. The target lives in `link`, a word the collector does not scan
// and clears when the target becomes unreachable (a Boehm disappearing link, runtime/gc.c).
//
// ilc runs no finalizers, so the short and long forms (trackResurrection) behave alike:
// the reference is cleared by the collection that finds the target unreachable. Which
// collection that is depends on the conservative stack scan; only "still referenced, so
// still alive" is a promise.
using System.Runtime.CompilerServices;

namespace System
{
    public class WeakReference
    {
        private IntPtr link;
        private bool trackResurrection;

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object GetTargetCore(ref IntPtr link);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void SetTargetCore(ref IntPtr link, object target);

        public WeakReference(object target) : this(target, false)
        {
        }

        public WeakReference(object target, bool trackResurrection)
        {
            this.trackResurrection = trackResurrection;
            SetTargetCore(ref link, target);
        }

        public virtual bool IsAlive
        {
            get { return GetTargetCore(ref link) != null; }
        }

        public virtual object Target
        {
            get { return GetTargetCore(ref link); }
            set { SetTargetCore(ref link, value); }
        }

        public virtual bool TrackResurrection
        {
            get { return trackResurrection; }
        }
    }

    public sealed class WeakReference<T> where T : class
    {
        private IntPtr link;
        private bool trackResurrection;

        public WeakReference(T target) : this(target, false)
        {
        }

        public WeakReference(T target, bool trackResurrection)
        {
            this.trackResurrection = trackResurrection;
            WeakReference.SetTargetCore(ref link, target);
        }

        public bool TryGetTarget(out T target)
        {
            target = (T)WeakReference.GetTargetCore(ref link);
            return target != null;
        }

        public void SetTarget(T target)
        {
            WeakReference.SetTargetCore(ref link, target);
        }
    }
}

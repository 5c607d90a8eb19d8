// Lazy.cs — System.Lazy<T>: a value computed on first use of Value, by a factory or by T's
// parameterless constructor. As in .NET, a factory's exception is kept and thrown again
// by every later read (except under PublicationOnly, which tries again), and a factory
// that reads the Value it is computing gets InvalidOperationException. Under
// ExecutionAndPublication (the default) the factory runs on one thread at a time, under the
// Lazy's own lock; a thread arriving meanwhile waits and takes its value.
using System.Threading;

namespace System
{
    public class Lazy<T>
    {
        private Func<T> factory;
        private readonly LazyThreadSafetyMode mode;
        private T value;
        private bool created, running;
        private Exception failure;
        private readonly object sync = new object();

        public Lazy() : this(null, LazyThreadSafetyMode.ExecutionAndPublication)
        {
        }

        public Lazy(bool isThreadSafe) : this(null, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None)
        {
        }

        public Lazy(LazyThreadSafetyMode mode) : this(null, mode)
        {
        }

        public Lazy(Func<T> valueFactory) : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication)
        {
            if (valueFactory == null)
                throw new ArgumentNullException("valueFactory");
        }

        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None)
        {
            if (valueFactory == null)
                throw new ArgumentNullException("valueFactory");
        }

        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode)
        {
            if (mode < LazyThreadSafetyMode.None || mode > LazyThreadSafetyMode.ExecutionAndPublication)
                throw new ArgumentOutOfRangeException("mode", "The mode argument specifies an invalid value.");
            factory = valueFactory;
            this.mode = mode;
        }

        public bool IsValueCreated
        {
            get { return created; }
        }

        public T Value
        {
            get
            {
                if (Volatile.Read(ref created))
                    return value;
                if (mode != LazyThreadSafetyMode.ExecutionAndPublication)
                    return Create();
                lock (sync)
                    return created ? value : Create();
            }
        }

        private T Create()
        {
            if (failure != null)
                throw failure;
            if (running)
                throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
            running = true;
            try {
                value = factory != null ? factory() : Construct();
            } catch (Exception e) {
                if (mode != LazyThreadSafetyMode.PublicationOnly && factory != null)
                    failure = e;
                throw;
            } finally {
                running = false;
            }
            factory = null;
            Volatile.Write(ref created, true);
            return value;
        }

        private static T Construct()
        {
            try {
                return Activator.CreateInstance<T>();
            } catch (MissingMethodException) {
                throw new MissingMemberException("The lazily-initialized type does not have a public, parameterless constructor.");
            }
        }

        public override string ToString()
        {
            if (!created)
                return "Value is not created.";
            return value == null ? "" : value.ToString();
        }
    }
}

namespace System.Threading
{
    public enum LazyThreadSafetyMode
    {
        None,
        PublicationOnly,
        ExecutionAndPublication
    }
}

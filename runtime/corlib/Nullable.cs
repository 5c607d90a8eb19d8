// Nullable.cs — System.Nullable<T>, what `int?` is. Field order follows .NET
// (hasValue, then value); boxing a Nullable to null or to the boxed T is the
// importer's job (ECMA-335 I.8.2.4), this file only provides the members.
namespace System
{
    public struct Nullable<T> where T : struct
    {
        private bool hasValue;
        internal T value;

        public Nullable(T value)
        {
            this.value = value;
            hasValue = true;
        }

        public bool HasValue
        {
            get { return hasValue; }
        }

        public T Value
        {
            get
            {
                if (!hasValue)
                    throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }

        public T GetValueOrDefault()
        {
            return value;
        }

        public T GetValueOrDefault(T defaultValue)
        {
            return hasValue ? value : defaultValue;
        }

        public override bool Equals(object other)
        {
            if (!hasValue)
                return other == null;
            if (other == null)
                return false;
            return value.Equals(other);
        }

        public override int GetHashCode()
        {
            return hasValue ? value.GetHashCode() : 0;
        }

        public override string ToString()
        {
            return hasValue ? value.ToString() : "";
        }

        public static implicit operator Nullable<T>(T value)
        {
            return new Nullable<T>(value);
        }

        public static explicit operator T(Nullable<T> value)
        {
            return value.Value;
        }
    }

    // The helpers C# programs reach through `Nullable.X` (corefx's): no value orders
    // before any value, and two empty nullables are equal.
    public static class Nullable
    {
        public static int Compare<T>(Nullable<T> n1, Nullable<T> n2) where T : struct
        {
            if (n1.HasValue)
                return n2.HasValue ? System.Collections.Generic.Comparer<T>.Default.Compare(n1.value, n2.value) : 1;
            return n2.HasValue ? -1 : 0;
        }

        public static bool Equals<T>(Nullable<T> n1, Nullable<T> n2) where T : struct
        {
            if (n1.HasValue)
                return n2.HasValue && System.Collections.Generic.EqualityComparer<T>.Default.Equals(n1.value, n2.value);
            return !n2.HasValue;
        }

        // T for Nullable<T>, null for any other type (the open Nullable<> too).
        public static Type GetUnderlyingType(Type nullableType)
        {
            if (nullableType == null)
                throw new ArgumentNullException("nullableType");
            if (nullableType.IsGenericType && !nullableType.IsGenericTypeDefinition &&
                nullableType.GetGenericTypeDefinition() == typeof(Nullable<>))
                return nullableType.GetGenericArguments()[0];
            return null;
        }
    }
}

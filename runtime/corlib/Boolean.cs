// Boolean.cs — System.Boolean: "True"/"False" text, parsing and hashing as .NET.
namespace System
{
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
    {
        internal bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override int GetHashCode()
        {
            return m_value ? 1 : 0;
        }

        public override string ToString()
        {
            return m_value ? "True" : "False";
        }

        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public override bool Equals(object obj)
        {
            if (!(obj is bool))
                return false;
            return m_value == (bool)obj;
        }

        public bool Equals(bool obj)
        {
            return m_value == obj;
        }

        public int CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            if (!(obj is bool))
                throw new ArgumentException("Object must be of type Boolean.");
            return CompareTo((bool)obj);
        }

        public int CompareTo(bool value)
        {
            if (m_value == value)
                return 0;
            return m_value ? 1 : -1;
        }

        public static bool Parse(string value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            bool result;
            if (!TryParse(value, out result))
                throw new FormatException("String was not recognized as a valid Boolean.");
            return result;
        }

        // Case-insensitive, surrounding white space (and trailing NULs) ignored.
        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null)
                return false;
            string s = value.Trim();
            int end = s.Length;
            while (end > 0 && s[end - 1] == '\0')
                end--;
            if (end != s.Length)
                s = s.Substring(0, end).Trim();
            if (String.Equals(s, "True", StringComparison.OrdinalIgnoreCase))
            {
                result = true;
                return true;
            }
            return String.Equals(s, "False", StringComparison.OrdinalIgnoreCase);
        }
    }
}

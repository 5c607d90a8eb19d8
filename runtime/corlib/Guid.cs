// Guid.cs — System.Guid: a 128-bit value in .NET's layout (int a; short b, c; bytes d..k).
//
// Equality and ordering compare the fields in that order, as .NET does; ToString() is the
// "D" form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lower case), and "N", "B", "P" give the
// other standard forms. The byte[] constructor and ToByteArray use the little-endian
// field order of .NET. NewGuid makes a version-4 GUID from System.Random.
using System.Text;

namespace System
{
    public struct Guid : IComparable, IComparable<Guid>, IEquatable<Guid>, IFormattable
    {
        public static readonly Guid Empty = new Guid();

        private int _a;
        private short _b;
        private short _c;
        private byte _d, _e, _f, _g, _h, _i, _j, _k;

        private static Random s_random;

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j,
                    byte k)
        {
            _a = a;
            _b = b;
            _c = c;
            _d = d;
            _e = e;
            _f = f;
            _g = g;
            _h = h;
            _i = i;
            _j = j;
            _k = k;
        }

        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i,
                    byte j, byte k)
            : this((int)a, (short)b, (short)c, d, e, f, g, h, i, j, k)
        {
        }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null)
                throw new ArgumentNullException("d");
            if (d.Length != 8)
                throw new ArgumentException("Byte array for GUID must be exactly 8 bytes long.");
            this = new Guid(a, b, c, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        }

        public Guid(byte[] b)
        {
            if (b == null)
                throw new ArgumentNullException("b");
            if (b.Length != 16)
                throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
            this = new Guid(b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24, (short)(b[4] | b[5] << 8),
                            (short)(b[6] | b[7] << 8), b[8], b[9], b[10], b[11], b[12], b[13],
                            b[14], b[15]);
        }

        public static Guid NewGuid()
        {
            if (s_random == null)
                s_random = new Random();
            byte[] b = new byte[16];
            s_random.NextBytes(b);
            b[7] = (byte)((b[7] & 0x0F) | 0x40);
            b[8] = (byte)((b[8] & 0x3F) | 0x80);
            return new Guid(b);
        }

        public byte[] ToByteArray()
        {
            return new byte[] { (byte)_a,         (byte)(_a >> 8), (byte)(_a >> 16), (byte)(_a >> 24),
                                (byte)_b,         (byte)(_b >> 8), (byte)_c,         (byte)(_c >> 8),
                                _d,               _e,              _f,               _g,
                                _h,               _i,              _j,               _k };
        }

        public bool Equals(Guid g)
        {
            return _a == g._a && _b == g._b && _c == g._c && _d == g._d && _e == g._e &&
                   _f == g._f && _g == g._g && _h == g._h && _i == g._i && _j == g._j &&
                   _k == g._k;
        }

        public override bool Equals(object o)
        {
            return o is Guid && Equals((Guid)o);
        }

        public override int GetHashCode()
        {
            return _a ^ ((int)_b << 16 | (int)(ushort)_c) ^ ((int)_f << 24 | _k);
        }

        public static bool operator ==(Guid a, Guid b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(Guid a, Guid b)
        {
            return !a.Equals(b);
        }

        public int CompareTo(Guid value)
        {
            byte[] x = ToByteArray(), y = value.ToByteArray();
            int c = ((uint)_a).CompareTo((uint)value._a);
            if (c == 0)
                c = ((ushort)_b).CompareTo((ushort)value._b);
            if (c == 0)
                c = ((ushort)_c).CompareTo((ushort)value._c);
            for (int i = 8; c == 0 && i < 16; i++)
                c = x[i].CompareTo(y[i]);
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is Guid))
                throw new ArgumentException("Object must be of type Guid.");
            return CompareTo((Guid)value);
        }

        public override string ToString()
        {
            return ToString("D", null);
        }

        public string ToString(string format)
        {
            return ToString(format, null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0)
                format = "D";
            if (format.Length != 1)
                throw new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
            char f = format[0];
            bool dashes = f != 'N' && f != 'n';
            StringBuilder sb = new StringBuilder(38);
            if (f == 'B' || f == 'b')
                sb.Append('{');
            else if (f == 'P' || f == 'p')
                sb.Append('(');
            else if (f != 'D' && f != 'd' && dashes)
                throw new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\".");
            byte[] b = ToByteArray();
            int[] order = { 3, 2, 1, 0, -1, 5, 4, -1, 7, 6, -1, 8, 9, -1, 10, 11, 12, 13, 14, 15 };
            foreach (int i in order)
            {
                if (i < 0)
                {
                    if (dashes)
                        sb.Append('-');
                    continue;
                }
                sb.Append("0123456789abcdef"[b[i] >> 4]);
                sb.Append("0123456789abcdef"[b[i] & 15]);
            }
            if (f == 'B' || f == 'b')
                sb.Append('}');
            else if (f == 'P' || f == 'p')
                sb.Append(')');
            return sb.ToString();
        }
    }
}

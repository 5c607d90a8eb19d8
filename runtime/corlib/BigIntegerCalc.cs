// BigIntegerCalc.cs — arithmetic on the magnitudes of System.Numerics.BigInteger.
//
// A magnitude is a uint[] of 32-bit limbs, least significant first, normalised: its top
// limb is non-zero, and zero is the empty array (or null, which every routine here
// accepts as zero). The routines never modify their arguments and return new arrays,
// normalised, so BigInteger values can share them freely.
//
//   Add/Subtract     one pass with a carry or borrow
//   Multiply         schoolbook, O(n·m); a 64-bit accumulator per limb product
//   DivRem           one limb: a single pass from the top; more: Knuth's algorithm D
//                    (TAOCP vol. 2, 4.3.1) on the divisor shifted so its top bit is set
//   Shift            whole limbs, then bits
//
// Signs, two's complement views and conversions live in BigInteger.cs.
namespace System.Numerics
{
    internal static class BigIntegerCalc
    {
        internal static readonly uint[] Empty = new uint[0];

        internal static int Length(uint[] a)
        {
            return a == null ? 0 : a.Length;
        }

        // The first `len` limbs of a, without the zero limbs on top.
        internal static uint[] Trim(uint[] a, int len)
        {
            while (len > 0 && a[len - 1] == 0)
                len--;
            if (len == a.Length)
                return a;
            uint[] r = new uint[len];
            Array.Copy(a, r, len);
            return r;
        }

        internal static uint[] FromUInt64(ulong v)
        {
            if (v == 0)
                return Empty;
            if (v <= uint.MaxValue)
                return new uint[] { (uint)v };
            return new uint[] { (uint)v, (uint)(v >> 32) };
        }

        internal static int Compare(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            if (la != lb)
                return la < lb ? -1 : 1;
            for (int i = la - 1; i >= 0; i--) {
                if (a[i] != b[i])
                    return a[i] < b[i] ? -1 : 1;
            }
            return 0;
        }

        internal static uint[] Add(uint[] a, uint[] b)
        {
            if (Length(a) < Length(b)) {
                uint[] t = a;
                a = b;
                b = t;
            }
            int la = Length(a), lb = Length(b);
            uint[] r = new uint[la + 1];
            ulong carry = 0;
            for (int i = 0; i < la; i++) {
                ulong s = (ulong)a[i] + (i < lb ? b[i] : 0u) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[la] = (uint)carry;
            return Trim(r, la + 1);
        }

        // a - b, where a >= b.
        internal static uint[] Subtract(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            uint[] r = new uint[la];
            long borrow = 0;
            for (int i = 0; i < la; i++) {
                long d = (long)a[i] - (i < lb ? b[i] : 0u) - borrow;
                r[i] = (uint)d;
                borrow = d < 0 ? 1 : 0;
            }
            return Trim(r, la);
        }

        internal static uint[] Multiply(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            if (la == 0 || lb == 0)
                return Empty;
            uint[] r = new uint[la + lb];
            for (int i = 0; i < la; i++) {
                ulong carry = 0;
                ulong ai = a[i];
                for (int j = 0; j < lb; j++) {
                    // ai·b[j] + r + carry < 2^64: (2^32-1)^2 + 2·(2^32-1) = 2^64 - 1
                    ulong p = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)p;
                    carry = p >> 32;
                }
                r[i + lb] = (uint)carry;
            }
            return Trim(r, la + lb);
        }

        // Quotient and remainder of a by a non-zero divisor b.
        internal static uint[] DivRem(uint[] a, uint[] b, out uint[] rem)
        {
            if (Compare(a, b) < 0) {
                rem = Length(a) == 0 ? Empty : a;
                return Empty;
            }
            if (b.Length == 1) {
                uint r;
                uint[] q = DivRemSmall(a, b[0], out r);
                rem = FromUInt64(r);
                return q;
            }
            return DivRemKnuth(a, b, out rem);
        }

        internal static uint[] DivRemSmall(uint[] a, uint d, out uint rem)
        {
            int la = Length(a);
            uint[] q = new uint[la];
            ulong r = 0;
            for (int i = la - 1; i >= 0; i--) {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return Trim(q, la);
        }

        // Algorithm D: u / v with v of two limbs or more and u >= v. Both are shifted left
        // so that v's top bit is set; then each quotient limb, estimated from the top two
        // limbs of the running remainder and the top limb of v, is at most two too large,
        // and the test against v's second limb leaves at most one correction, done by
        // adding v back.
        private static uint[] DivRemKnuth(uint[] u, uint[] v, out uint[] rem)
        {
            int n = v.Length, m = u.Length - n;
            int s = LeadingZeros(v[n - 1]);
            uint[] vn = ShiftLeftInto(v, s, n);
            uint[] un = ShiftLeftInto(u, s, u.Length + 1);
            uint[] q = new uint[m + 1];
            ulong vTop = vn[n - 1], vNext = vn[n - 2];
            for (int j = m; j >= 0; j--) {
                ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
                ulong qhat = num / vTop, rhat = num % vTop;
                while (qhat > uint.MaxValue || qhat * vNext > ((rhat << 32) | un[j + n - 2])) {
                    qhat--;
                    rhat += vTop;
                    if (rhat > uint.MaxValue)
                        break;
                }
                if (SubtractMultiple(un, j, vn, qhat)) {
                    qhat--;
                    AddBack(un, j, vn);
                }
                q[j] = (uint)qhat;
            }
            rem = ShiftRight(Trim(un, n), s);
            return Trim(q, m + 1);
        }

        // un[j .. j+n] -= qhat·vn; true when that went below zero (qhat was one too large).
        private static bool SubtractMultiple(uint[] un, int j, uint[] vn, ulong qhat)
        {
            int n = vn.Length;
            ulong carry = 0;
            long borrow = 0;
            for (int i = 0; i < n; i++) {
                ulong p = qhat * vn[i] + carry;
                carry = p >> 32;
                long t = (long)un[i + j] - (uint)p - borrow;
                un[i + j] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }
            long top = (long)un[j + n] - (long)carry - borrow;
            un[j + n] = (uint)top;
            return top < 0;
        }

        private static void AddBack(uint[] un, int j, uint[] vn)
        {
            int n = vn.Length;
            ulong carry = 0;
            for (int i = 0; i < n; i++) {
                ulong t = (ulong)un[i + j] + vn[i] + carry;
                un[i + j] = (uint)t;
                carry = t >> 32;
            }
            un[j + n] += (uint)carry; // the carry cancels the borrow left there
        }

        internal static int LeadingZeros(uint x)
        {
            int n = 0;
            while (n < 32 && (x & 0x80000000u) == 0) {
                x <<= 1;
                n++;
            }
            return n;
        }

        // a << bits (0 <= bits < 32) into a new array of `len` limbs, not trimmed.
        private static uint[] ShiftLeftInto(uint[] a, int bits, int len)
        {
            uint[] r = new uint[len];
            uint carry = 0;
            for (int i = 0; i < a.Length; i++) {
                r[i] = (a[i] << bits) | carry;
                carry = bits == 0 ? 0 : a[i] >> (32 - bits);
            }
            if (a.Length < len)
                r[a.Length] = carry;
            return r;
        }

        internal static int BitLength(uint[] a)
        {
            int la = Length(a);
            if (la == 0)
                return 0;
            return la * 32 - LeadingZeros(a[la - 1]);
        }

        internal static uint[] ShiftLeft(uint[] a, int shift)
        {
            int la = Length(a);
            if (la == 0)
                return Empty;
            int limbs = shift / 32, bits = shift % 32;
            uint[] r = new uint[la + limbs + 1];
            for (int i = 0; i < la; i++) {
                r[i + limbs] |= a[i] << bits;
                if (bits != 0)
                    r[i + limbs + 1] = a[i] >> (32 - bits);
            }
            return Trim(r, r.Length);
        }

        internal static uint[] ShiftRight(uint[] a, int shift)
        {
            int limbs = shift / 32, bits = shift % 32;
            int len = Length(a) - limbs;
            if (len <= 0)
                return Empty;
            uint[] r = new uint[len];
            for (int i = 0; i < len; i++) {
                r[i] = a[i + limbs] >> bits;
                if (bits != 0 && i + limbs + 1 < a.Length)
                    r[i] |= a[i + limbs + 1] << (32 - bits);
            }
            return Trim(r, len);
        }

        // Are any of a's `shift` lowest bits set? (what a right shift drops)
        internal static bool AnyLowBits(uint[] a, int shift)
        {
            int la = Length(a);
            int limbs = shift / 32, bits = shift % 32;
            for (int i = 0; i < limbs && i < la; i++) {
                if (a[i] != 0)
                    return true;
            }
            return bits != 0 && limbs < la && (a[limbs] & ((1u << bits) - 1)) != 0;
        }
    }
}

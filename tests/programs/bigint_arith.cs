// System.Numerics.BigInteger arithmetic: big factorials, Fibonacci, powers, ModPow, GCD,
// truncating division (quotient toward zero, remainder with the dividend's sign), shifts
// and bitwise operators on negatives as two's complement, comparisons with long and
// ulong, conversions in and out, and the exceptions (division by zero, overflow on
// explicit conversion). Checks division against multiplication on pseudo-random operands
// of many sizes, which exercises every branch of long division.
using System;
using System.Numerics;

class BigIntArith
{
    static void Show(string label, object value)
    {
        Console.WriteLine(label + " = " + value);
    }

    static BigInteger Factorial(int n)
    {
        BigInteger r = BigInteger.One;
        for (int i = 2; i <= n; i++)
            r *= i;
        return r;
    }

    static BigInteger Fibonacci(int n)
    {
        BigInteger a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            BigInteger t = a + b;
            a = b;
            b = t;
        }
        return a;
    }

    // A deterministic operand of `limbs` 32-bit limbs, some of them 0 or all ones.
    static uint seed = 12345;

    static BigInteger Random(int limbs)
    {
        BigInteger r = 0;
        for (int i = 0; i < limbs; i++) {
            seed = seed * 1103515245 + 12345;
            uint limb = (seed >> 3) % 7 == 0 ? 0u : (seed >> 3) % 7 == 1 ? uint.MaxValue : seed;
            r = (r << 32) | limb;
        }
        return (seed & 16) != 0 ? -r : r;
    }

    static void Try(string label, Func<object> f)
    {
        try {
            Console.WriteLine(label + " = " + f());
        } catch (Exception e) {
            Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        BigInteger f100 = Factorial(100);
        Show("100!", f100);
        Show("30!", Factorial(30));
        Show("fib(500)", Fibonacci(500));
        Show("fib(93)", Fibonacci(93));
        Show("2^256", BigInteger.Pow(2, 256));
        Show("3^200", BigInteger.Pow(3, 200));
        Show("(-7)^21", BigInteger.Pow(-7, 21));
        Show("x^0", BigInteger.Pow(f100, 0));
        Show("100!/98!", f100 / Factorial(98));
        Show("100! % 1000003", f100 % 1000003);
        Show("100! sqrt-ish", f100 / (Factorial(50) * Factorial(50)));

        // Signs of / and %: truncation toward zero.
        int[] ns = { 7, -7, 7, -7, 0 };
        int[] ds = { 2, 2, -2, -2, 5 };
        for (int i = 0; i < ns.Length; i++) {
            BigInteger rem;
            BigInteger q = BigInteger.DivRem(ns[i], ds[i], out rem);
            Console.WriteLine("{0} / {1} = {2} rem {3}, % {4}", ns[i], ds[i], q, rem, (BigInteger)ns[i] % ds[i]);
        }
        BigInteger big = BigInteger.Parse("-123456789012345678901234567890123456789");
        BigInteger div = BigInteger.Parse("98765432109876543210");
        Show("big / div", big / div);
        Show("big % div", big % div);
        Show("big / -div", big / -div);
        Show("-big % -div", -big % -div);

        // Long division against multiplication, divisors of 1 to 5 limbs.
        int bad = 0;
        for (int i = 0; i < 300; i++) {
            BigInteger a = Random(1 + i % 9), b = Random(1 + i % 5);
            if (b.IsZero)
                continue;
            BigInteger r;
            BigInteger q = BigInteger.DivRem(a, b, out r);
            if (q * b + r != a || BigInteger.Abs(r) >= BigInteger.Abs(b) || (r.Sign != 0 && r.Sign != a.Sign))
                bad++;
        }
        Show("division mismatches", bad);
        // Knuth's add-back step: a quotient digit estimated one too large.
        BigInteger u = BigInteger.Parse("340282366920938463463374607431768211455");
        BigInteger v = BigInteger.Parse("18446744073709551617");
        Show("u / v", u / v);
        Show("u % v", u % v);
        BigInteger w = (BigInteger.One << 128) - (BigInteger.One << 64) + 3;
        Show("w / (2^64 + 1)", w / ((BigInteger.One << 64) + 1));
        Show("w % (2^64 + 1)", w % ((BigInteger.One << 64) + 1));

        // ModPow, GCD, Min/Max, Abs, Negate.
        Show("ModPow(2, 1000, 10^9+7)", BigInteger.ModPow(2, 1000, 1000000007));
        Show("ModPow(f100, f30, 2^61-1)", BigInteger.ModPow(f100, Factorial(30), (BigInteger.One << 61) - 1));
        Show("ModPow(-2, 3, 7)", BigInteger.ModPow(-2, 3, 7));
        Show("ModPow(2, 10, -7)", BigInteger.ModPow(2, 10, -7));
        Show("ModPow(3, 0, 1)", BigInteger.ModPow(3, 0, 1));
        Show("gcd(100!, 2^300)", BigInteger.GreatestCommonDivisor(f100, BigInteger.Pow(2, 300)));
        Show("gcd(-12, 18)", BigInteger.GreatestCommonDivisor(-12, 18));
        Show("gcd(0, 0)", BigInteger.GreatestCommonDivisor(0, 0));
        Show("gcd(fib(300), fib(200))", BigInteger.GreatestCommonDivisor(Fibonacci(300), Fibonacci(200)));
        Show("max", BigInteger.Max(-f100, 5));
        Show("min", BigInteger.Min(-f100, 5));
        Show("abs", BigInteger.Abs(big));
        Show("negate", BigInteger.Negate(big));
        BigInteger c = long.MaxValue;
        c++;
        Show("long.MaxValue + 1", c);
        c--;
        c--;
        Show("then - 2", c);
        Show("ulong.MaxValue * ulong.MaxValue", (BigInteger)ulong.MaxValue * ulong.MaxValue);

        // Shifts: arithmetic on negatives, negative counts reverse direction.
        Show("-7 >> 1", (BigInteger)(-7) >> 1);
        Show("-8 >> 1", (BigInteger)(-8) >> 1);
        Show("-1 >> 100", (BigInteger)(-1) >> 100);
        Show("big >> 70", big >> 70);
        Show("big << 70", big << 70);
        Show("big >> -3", big >> -3);
        Show("7 << -1", (BigInteger)7 << -1);
        Show("-(2^64) >> 64", -(BigInteger.One << 64) >> 64);
        Show("-(2^64+1) >> 64", -((BigInteger.One << 64) + 1) >> 64);

        // Bitwise operators: two's complement of unbounded width.
        Show("big & 0xffff", big & 0xffff);
        Show("big | 0xffff", big | 0xffff);
        Show("big ^ 0xffff", big ^ 0xffff);
        Show("~big", ~big);
        Show("~0", ~BigInteger.Zero);
        Show("-1 & big", BigInteger.MinusOne & big);
        Show("big & -div", big & -div);
        Show("big | -div", big | -div);
        Show("big ^ -div", big ^ -div);
        Show("f100 & (2^64-1)", f100 & ulong.MaxValue);

        // Comparisons, with long and ulong on either side.
        BigInteger five = 5;
        Console.WriteLine("{0} {1} {2} {3} {4} {5}", five == 5L, 5L == five, five != 6UL, 6UL > five,
            five <= long.MinValue, (BigInteger)ulong.MaxValue >= ulong.MaxValue);
        Console.WriteLine("{0} {1} {2} {3}", big < div, -big > div, BigInteger.Compare(big, div),
            f100.CompareTo(-f100));
        Console.WriteLine("{0} {1} {2} {3}", five.CompareTo(5L), five.CompareTo(7UL), five.Equals(5L), five.Equals((object)5));
        Console.WriteLine("{0} {1} {2}", five.Equals((object)(BigInteger)5), five.CompareTo((object)null), five.CompareTo((object)(BigInteger)9));
        Console.WriteLine("hash of 5: {0}, of -5: {1}, equal values hash alike: {2}", five.GetHashCode(),
            (-five).GetHashCode(), Factorial(40).GetHashCode() == (Factorial(41) / 41).GetHashCode());

        // Properties.
        foreach (BigInteger p in new BigInteger[] { 0, 1, -1, 2, -8, 1024, BigInteger.Pow(2, 100), f100 })
            Console.WriteLine("{0}: sign {1} zero {2} one {3} even {4} pow2 {5}", p, p.Sign, p.IsZero, p.IsOne,
                p.IsEven, p.IsPowerOfTwo);

        // Conversions out, and their overflows.
        Show("(int)-2^31", (int)(BigInteger)int.MinValue);
        Show("(long)long.MinValue", (long)(BigInteger)long.MinValue);
        Show("(ulong)ulong.MaxValue", (ulong)(BigInteger)ulong.MaxValue);
        Show("(uint)", (uint)(BigInteger)uint.MaxValue);
        Show("(short)", (short)(BigInteger)(-300));
        Show("(byte)", (byte)(BigInteger)200);
        Show("(decimal)", (decimal)(BigInteger.Pow(10, 28)));
        Show("(double)100!", (double)f100);
        Show("(double)2^53+3", ((double)(BigInteger.Pow(2, 53) + 3)).ToString("R"));
        Show("(double)2^100-1", ((double)(BigInteger.Pow(2, 100) - 1)).ToString("R"));
        Show("(double)2^1024", (double)BigInteger.Pow(2, 1024));
        Show("(double)-(2^1024-1)", (double)-(BigInteger.Pow(2, 1024) - 1));
        Show("(float)2^100", (float)BigInteger.Pow(2, 100));
        Show("(double)-12345", (double)(BigInteger)(-12345));
        Try("(int)2^31", () => (int)(BigInteger.One << 31));
        Try("(int)-2^31-1", () => (int)(-(BigInteger.One << 31) - 1));
        Try("(int)2^32-1", () => (int)((BigInteger.One << 32) - 1));
        Try("(int)-(2^32-1)", () => (int)(-(BigInteger.One << 32) + 1));
        Try("(uint)int.MinValue", () => (uint)(BigInteger)int.MinValue);
        Try("(ulong)int.MinValue", () => (ulong)(BigInteger)int.MinValue);
        Try("(ulong)(int.MinValue+1)", () => (ulong)(BigInteger)(int.MinValue + 1));
        Try("(long)2^63", () => (long)(BigInteger.One << 63));
        Try("(uint)-1", () => (uint)BigInteger.MinusOne);
        Try("(uint)2^32", () => (uint)(BigInteger.One << 32));
        Try("(ulong)-1", () => (ulong)BigInteger.MinusOne);
        Try("(ulong)-2^40", () => (ulong)(-(BigInteger.One << 40)));
        Try("(ulong)2^64", () => (ulong)(BigInteger.One << 64));
        Try("(short)40000", () => (short)(BigInteger)40000);
        Try("(byte)2^40", () => (byte)(BigInteger.One << 40));
        Try("(decimal)2^96", () => (decimal)(BigInteger.One << 96));

        // Conversions in.
        Show("from double 1e30", new BigInteger(1e30));
        Show("from double -2.9", new BigInteger(-2.9));
        Show("from double 0.5", (BigInteger)0.5);
        Show("from double -1e300", (BigInteger)(-1e300) / BigInteger.Pow(10, 290));
        Show("from float 1.5e20", new BigInteger(1.5e20f));
        Show("from decimal", new BigInteger(-79228162514264337593543950335m));
        Show("from decimal 123.999", (BigInteger)123.999m);
        Show("from ulong", new BigInteger(ulong.MaxValue));
        Show("from long.MinValue", new BigInteger(long.MinValue));
        Show("from uint", new BigInteger(uint.MaxValue));
        Try("from NaN", () => new BigInteger(double.NaN));
        Try("from infinity", () => (BigInteger)double.NegativeInfinity);

        // Bytes: little-endian two's complement, fewest bytes.
        foreach (BigInteger p in new BigInteger[] { 0, 1, -1, 127, 128, -128, -129, 255, 256, -256, big })
            Console.WriteLine("{0} bytes {1} back {2}", p, BitConverter.ToString(p.ToByteArray()), new BigInteger(p.ToByteArray()));
        Show("from bytes ff ff 7f", new BigInteger(new byte[] { 0xff, 0xff, 0x7f }));
        Show("from bytes ff ff ff", new BigInteger(new byte[] { 0xff, 0xff, 0xff }));
        Show("from no bytes", new BigInteger(new byte[0]));
        Show("unsigned big-endian 200", BitConverter.ToString(((BigInteger)200).ToByteArray(true, true)));
        Show("byte count of -128", ((BigInteger)(-128)).GetByteCount());

        // Log and Log10.
        Show("ln(100!)", BigInteger.Log(f100));
        Show("log10(100!)", BigInteger.Log10(f100));
        Show("log2(2^70)", BigInteger.Log(BigInteger.Pow(2, 70), 2));
        Show("log10(10^400)", BigInteger.Log10(BigInteger.Pow(10, 400)));
        Show("ln(12345)", BigInteger.Log(12345));
        Show("ln(0)", BigInteger.Log(0));
        Show("ln(-1)", BigInteger.Log(-1));

        // Division by zero.
        Try("x / 0", () => f100 / 0);
        Try("x % 0", () => f100 % BigInteger.Zero);
        Try("DivRem by 0", () => { BigInteger r; return BigInteger.DivRem(1, 0, out r); });
        Try("ModPow mod 0", () => BigInteger.ModPow(2, 3, 0));
        Try("Pow(x, -1)", () => BigInteger.Pow(2, -1));
        Try("CompareTo(int)", () => five.CompareTo((object)5));
    }
}

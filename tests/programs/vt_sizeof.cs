// sizeof of primitive types (compile-time constants) and of user structs in an unsafe
// context, plus type limits MinValue/MaxValue of every primitive.
using System;

struct Three { public byte A, B, C; }
struct IntPair { public int X, Y; }
struct Mixed { public byte B; public long L; }

class Program
{
    static unsafe void Main()
    {
        Console.WriteLine("sbyte " + sizeof(sbyte) + " byte " + sizeof(byte));
        Console.WriteLine("short " + sizeof(short) + " ushort " + sizeof(ushort) + " char " + sizeof(char));
        Console.WriteLine("int " + sizeof(int) + " uint " + sizeof(uint) + " float " + sizeof(float));
        Console.WriteLine("long " + sizeof(long) + " ulong " + sizeof(ulong) + " double " + sizeof(double));
        Console.WriteLine("bool " + sizeof(bool) + " decimal " + sizeof(decimal));
        Console.WriteLine("IntPair " + sizeof(IntPair) + " Three " + sizeof(Three) + " Mixed " + sizeof(Mixed));

        Console.WriteLine("sbyte " + sbyte.MinValue + ".." + sbyte.MaxValue);
        Console.WriteLine("byte " + byte.MinValue + ".." + byte.MaxValue);
        Console.WriteLine("short " + short.MinValue + ".." + short.MaxValue);
        Console.WriteLine("ushort " + ushort.MinValue + ".." + ushort.MaxValue);
        Console.WriteLine("int " + int.MinValue + ".." + int.MaxValue);
        Console.WriteLine("uint " + uint.MinValue + ".." + uint.MaxValue);
        Console.WriteLine("long " + long.MinValue + ".." + long.MaxValue);
        Console.WriteLine("ulong " + ulong.MinValue + ".." + ulong.MaxValue);
        Console.WriteLine("char " + (int)char.MinValue + ".." + (int)char.MaxValue);

        // Stack-allocated struct array through a pointer
        IntPair* pairs = stackalloc IntPair[4];
        for (int i = 0; i < 4; i++) { pairs[i].X = i; pairs[i].Y = i * i; }
        int sum = 0;
        for (int i = 0; i < 4; i++) sum += pairs[i].X + pairs[i].Y;
        Console.WriteLine("stackalloc sum=" + sum);
        byte* bp = (byte*)pairs;
        Console.WriteLine("bytes between pairs[0] and pairs[2]: " + ((byte*)&pairs[2] - bp));
    }
}

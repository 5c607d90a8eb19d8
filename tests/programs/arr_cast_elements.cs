// Casts between array types whose element types differ: an array of interfaces is an
// object[] (every interface type is an object), an enum array is an array of its underlying
// type and signed and unsigned integers of one size convert both ways (ECMA-335 I.8.7.1,
// reduced types), but char, bool and integers of other sizes do not.
using System;

interface IShape { string Name(); }
class Box : IShape { public string Name() { return "box"; } }
enum Color { Red, Green, Blue }
enum Small : byte { A = 1, B = 200 }
enum Wide : long { X = -5 }

class Program
{
    static string Test(object o)
    {
        return (o is object[] ? "object[] " : "") + (o is IShape[] ? "IShape[] " : "") +
               (o is int[] ? "int[] " : "") + (o is uint[] ? "uint[] " : "") +
               (o is Color[] ? "Color[] " : "") + (o is byte[] ? "byte[] " : "") +
               (o is sbyte[] ? "sbyte[] " : "") + (o is Small[] ? "Small[] " : "") +
               (o is long[] ? "long[] " : "") + (o is ulong[] ? "ulong[] " : "") +
               (o is Wide[] ? "Wide[] " : "") + (o is short[] ? "short[] " : "") +
               (o is ushort[] ? "ushort[] " : "") + (o is char[] ? "char[] " : "") +
               (o is bool[] ? "bool[] " : "") + (o is Array ? "Array" : "");
    }

    static void Main()
    {
        object shapes = new IShape[] { new Box() };
        Console.WriteLine("IShape[]: " + Test(shapes));
        object[] asObjects = (object[])shapes;
        Console.WriteLine("as object[]: " + asObjects.Length + " " + ((IShape)asObjects[0]).Name());
        Console.WriteLine("ICloneable[] is object[]: " + ((object)new ICloneable[0] is object[]));
        Console.WriteLine("IShape[][] is object[]: " + ((object)new IShape[1][] is object[]));

        Console.WriteLine("Color[]: " + Test(new Color[] { Color.Blue }));
        Console.WriteLine("int[]: " + Test(new int[] { -1 }));
        Console.WriteLine("uint[]: " + Test(new uint[] { 7 }));
        Console.WriteLine("Small[]: " + Test(new Small[2]));
        Console.WriteLine("sbyte[]: " + Test(new sbyte[2]));
        Console.WriteLine("Wide[]: " + Test(new Wide[2]));
        Console.WriteLine("ushort[]: " + Test(new ushort[2]));
        Console.WriteLine("char[]: " + Test(new char[2]));
        Console.WriteLine("bool[]: " + Test(new bool[2]));

        // The cast keeps the same array: writes through one view show in the other.
        object colors = new Color[] { Color.Red, Color.Green, Color.Blue };
        int[] ints = (int[])colors;
        ints[0] = 2;
        Console.WriteLine("colors[0] = " + ((Color[])colors)[0] + ", ints[2] = " + ints[2]);
        uint[] uints = (uint[])(object)new int[] { -1 };
        Console.WriteLine("(uint[])int[]{-1}: " + uints[0]);
        Small[] smalls = (Small[])(object)new byte[] { 200 };
        Console.WriteLine("(Small[])byte[]{200}: " + smalls[0]);
        Wide[] wides = (Wide[])(object)new ulong[] { 18446744073709551611UL };
        Console.WriteLine("(Wide[])ulong[]: " + wides[0]);

        try {
            short[] s = (short[])(object)new char[1];
            Console.WriteLine("char[] as short[]: no exception " + s.Length);
        } catch (InvalidCastException) {
            Console.WriteLine("char[] as short[]: InvalidCastException");
        }
        try {
            long[] l = (long[])(object)new int[1];
            Console.WriteLine("int[] as long[]: no exception " + l.Length);
        } catch (InvalidCastException) {
            Console.WriteLine("int[] as long[]: InvalidCastException");
        }
        try {
            object[] o = (object[])(object)new Color[1];
            Console.WriteLine("Color[] as object[]: no exception " + o.Length);
        } catch (InvalidCastException) {
            Console.WriteLine("Color[] as object[]: InvalidCastException");
        }
    }
}

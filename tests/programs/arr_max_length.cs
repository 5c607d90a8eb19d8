// expected-output: written by hand (scripts/record-expected.sh leaves it alone)
//
// No array holds more than Array.MaxLength (0x7FFFFFC7) elements, whatever its element type
// or rank: .NET throws OutOfMemoryException ("Array dimensions exceeded supported range.")
// before allocating anything, and OverflowException for a length that is not an int32.
// Mono 6.8 on 64-bit Linux instead allocates such arrays when the machine lets it (8 GB for
// an int[int.MaxValue], lazily, so it "succeeds"), so this program's .expected is the .NET
// behaviour, written by hand.
using System;

class Program
{
    static void Try(string what, Func<Array> make)
    {
        try {
            Array a = make();
            Console.WriteLine(what + ": " + a.Length + " elements");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        int max = int.MaxValue;
        int over = 0x7FFFFFC8;
        long huge = 0x80000000L;
        Try("int[int.MaxValue]", () => new int[max]);
        Try("byte[0x7FFFFFC8]", () => new byte[over]);
        Try("object[0x7FFFFFC8]", () => new object[over]);
        Try("byte[0x80000000L]", () => new byte[huge]);
        Try("int[int.MaxValue, int.MaxValue]", () => new int[max, max]);
        Try("byte[0x10000, 0x10000]", () => new byte[0x10000, 0x10000]);
        Try("CreateInstance(int, int.MaxValue)", () => Array.CreateInstance(typeof(int), max));
        Try("byte[1 << 20]", () => new byte[1 << 20]);
        Try("int[0, int.MaxValue]", () => new int[0, max]);
        Try("int[int.MaxValue, 0]", () => new int[max, 0]);
        Try("int[-1]", () => new int[max + over]);
    }
}

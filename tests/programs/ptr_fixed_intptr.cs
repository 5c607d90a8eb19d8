// Pointers from C#'s unsafe code: `fixed` over arrays (mcs joins a managed pointer and a
// native int where the empty and non-empty cases meet) and over strings, pointer arithmetic
// with negative offsets, IntPtr and UIntPtr made from and turned back into pointers, and the
// address of a field through a null pointer, which is arithmetic and does not throw.
using System;

unsafe struct Node
{
    public int Value;
    public long Pad;
    public static Node* Head;
}

unsafe class Program
{
    static int SumFixed(int[] data)
    {
        int sum = 0;
        fixed (int* p = data) {
            if (p == null) return -1;
            int* end = p + data.Length;
            for (int* q = end - 1; q >= p; q--) sum += *q;
        }
        return sum;
    }

    static char LastButOne(char[] chars)
    {
        fixed (char* p = chars) {
            char* past = p + chars.Length;
            return past[-2];
        }
    }

    static void* Identity(void* p) { return p; }

    static void Main()
    {
        Console.WriteLine("sum " + SumFixed(new int[] { 3, 4, 5 }) + ", empty " + SumFixed(new int[0]) + ", null " + SumFixed(null));
        Console.WriteLine("last but one: " + LastButOne(new char[] { 'x', 'y', 'z' }));

        string s = "pointer";
        fixed (char* p = s) {
            int n = 0;
            for (char* q = p; *q != '\0'; q++) n++;
            Console.WriteLine("chars before the terminator: " + n + ", third " + p[2]);
        }

        int local = 1234;
        IntPtr ip = new IntPtr(&local);
        int* back = (int*)ip.ToPointer();
        *back += 1;
        Console.WriteLine("through IntPtr: " + local + ", round trip " + (Identity(back) == (void*)ip));
        IntPtr fromCast = (IntPtr)(void*)back;
        Console.WriteLine("IntPtr equal: " + (fromCast == ip) + ", zero " + (new IntPtr((void*)null) == IntPtr.Zero));
        UIntPtr up = new UIntPtr(back);
        Console.WriteLine("UIntPtr: " + (*(int*)up.ToPointer()) + " " + ((void*)up == (void*)back));
        void* fifty = new IntPtr(50).ToPointer();
        Console.WriteLine("IntPtr(50): " + (long)fifty);

        Node* none = Node.Head;
        long* pad = &none->Pad;
        Console.WriteLine("&null->Pad = " + (long)pad);
        Node n1;
        n1.Value = 7;
        n1.Pad = 0;
        Node.Head = &n1;
        Console.WriteLine("Head->Value = " + Node.Head->Value);
        Node.Head = null;
        try {
            Console.WriteLine(Node.Head->Value);
        } catch (NullReferenceException) {
            Console.WriteLine("load through null: NullReferenceException");
        }
    }
}

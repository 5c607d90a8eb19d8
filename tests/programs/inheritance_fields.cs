// Field layout across inheritance: fields in base and derived classes of mixed sizes, hidden
// (new) fields, protected access, base constructors chaining, field initialisers order.
using System;

class Log { public static void W(string s) { Console.WriteLine(s); } }

class A
{
    public byte b1 = 1;
    public long l1 = 0x1111111111L;
    public string s1 = "A.s1";
    protected int shared = 10;
    public double d1;
    public A() { Log.W("A() shared=" + shared + " d1=" + d1); d1 = 1.5; }
    public A(int x) : this() { Log.W("A(int) x=" + x); shared += x; }
    public int Shared { get { return shared; } }
}

class B : A
{
    public short s2 = 2;
    public new string s1 = "B.s1";
    public char c2 = 'b';
    public B() : base(5) { Log.W("B() s2=" + s2 + " shared=" + shared); shared *= 2; }
}

class C : B
{
    public bool flag = true;
    public float f3 = 3.5f;
    public byte b3 = 3;
    public long l3 = -3;
    public C() { Log.W("C() flag=" + flag + " base.s1=" + base.s1 + " ((A)this).s1=" + ((A)this).s1); }
}

class Wide
{
    public byte a; public long b; public byte c; public int d; public byte e; public double f; public char g; public short h; public object i;
}

class InheritanceFields
{
    static void Main()
    {
        C c = new C();
        Console.WriteLine(c.b1 + " " + c.l1 + " " + c.s1 + " " + ((A)c).s1 + " " + c.d1 + " " + c.s2 + " " + c.c2 + " " + c.flag + " " + c.f3 + " " + c.b3 + " " + c.l3 + " " + c.Shared);
        c.b1 = 255; c.l1 = -1; c.s1 = "C's B.s1"; ((A)c).s1 = "C's A.s1"; c.s2 = -2; c.c2 = 'z'; c.b3 = 0; c.l3 = long.MaxValue;
        A asA = c;
        B asB = c;
        Console.WriteLine(asA.b1 + " " + asA.l1 + " " + asA.s1 + " " + asB.s1 + " " + asB.s2 + " " + asB.c2 + " " + c.b3 + " " + c.l3);
        Wide[] ws = new Wide[100];
        for (int k = 0; k < ws.Length; k++)
        {
            Wide w = new Wide();
            w.a = (byte)k; w.b = k * 1000000000L; w.c = (byte)(k + 1); w.d = -k; w.e = (byte)(k * 2); w.f = k / 4.0; w.g = (char)('A' + k % 26); w.h = (short)(k * 300); w.i = k % 2 == 0 ? (object)"even" : null;
            ws[k] = w;
        }
        long sum = 0;
        string letters = "";
        foreach (Wide w in ws)
        {
            sum += w.a + w.b + w.c + w.d + w.e + (long)(w.f * 4) + w.h + (w.i != null ? 1 : 0);
            if (w.a % 10 == 0) letters += w.g;
        }
        Console.WriteLine(sum + " " + letters);
    }
}

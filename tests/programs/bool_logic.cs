// Boolean logic: short-circuit && and || (side effects counted), non-short-circuit & | ^ on bools,
// negation, bools in fields and arrays, comparison results as values.
using System;

class BoolLogic
{
    static int calls;
    static bool T(string tag) { calls++; Console.Write(tag); return true; }
    static bool F(string tag) { calls++; Console.Write(tag); return false; }

    static bool flag;
    bool inst;

    static bool Xor(bool a, bool b) { return a ^ b; }

    static void Main()
    {
        bool r;
        r = F("a") && T("b"); Console.WriteLine(" => " + r);
        r = T("a") && F("b"); Console.WriteLine(" => " + r);
        r = T("a") || F("b"); Console.WriteLine(" => " + r);
        r = F("a") || T("b"); Console.WriteLine(" => " + r);
        r = F("a") & T("b"); Console.WriteLine(" => " + r);
        r = T("a") | F("b"); Console.WriteLine(" => " + r);
        r = T("a") ^ T("b"); Console.WriteLine(" => " + r);
        r = (F("a") || T("b")) && (T("c") || F("d")) && !F("e"); Console.WriteLine(" => " + r);
        Console.WriteLine("calls = " + calls);

        bool[] vals = { false, true };
        foreach (bool a in vals)
            foreach (bool b in vals)
                Console.WriteLine(a + " " + b + ": and=" + (a && b) + " or=" + (a || b) + " xor=" + Xor(a, b)
                    + " eq=" + (a == b) + " ne=" + (a != b) + " nand=" + !(a & b));

        flag = !flag;
        BoolLogic o = new BoolLogic();
        o.inst = flag && !o.inst;
        Console.WriteLine(flag + " " + o.inst);
        bool[] arr = new bool[4];
        arr[1] = true; arr[3] = arr[1] && !arr[2];
        int count = 0;
        foreach (bool b in arr) if (b) count++;
        Console.WriteLine("count " + count + " default " + arr[0]);
        int x = 5, y = 10;
        bool inRange = x > 0 && x < y;
        bool outside = x < 0 || x > y;
        Console.WriteLine(inRange + " " + outside + " " + !inRange);
        bool cmp = x == 5;
        cmp &= y == 10;
        cmp |= false;
        cmp ^= true;
        Console.WriteLine(cmp);
        int n = 0;
        for (int i = 0; i < 100; i++)
            if ((i % 3 == 0 || i % 5 == 0) && !(i % 15 == 0)) n++;
        Console.WriteLine("n = " + n);
    }
}

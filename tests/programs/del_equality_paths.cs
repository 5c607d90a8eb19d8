// Delegate equality (==, Equals, GetHashCode, -= on multicast delegates) when one method is
// bound by different paths: twice the same way, through a base class reference, through an
// interface, explicitly implemented, abstract, generic; statics; value types; and delegates
// made again and again while the code that makes them is recompiled (tiering), whose
// identity must not change.
using System;
using System.Collections.Generic;

interface IRun { void Run(); }
interface IGet<T> { T Get(); }
abstract class Shape { public abstract string Name(); }
class Square : Shape { public override string Name() { return "square"; } }

class Base : IRun
{
    public int Id;
    public virtual void Run() { Console.WriteLine("Base " + Id); }
    public void Plain() { }
    public static void S() { }
}

class Derived : Base, IGet<int>
{
    public override void Run() { Console.WriteLine("Derived " + Id); }
    public int Get() { return Id; }
}

class Reimplements : Base, IRun
{
    void IRun.Run() { Console.WriteLine("Reimplements via IRun"); }
}

class Explicit : IRun
{
    void IRun.Run() { Console.WriteLine("Explicit"); }
    public void Run() { Console.WriteLine("public Run"); }
}

struct ValRun : IRun
{
    public int X;
    public void Run() { Console.WriteLine("ValRun " + X); }
}

class DelEqualityPaths
{
    static void S2() { }

    static string Count(Delegate d)
    {
        return d == null ? "null" : d.GetInvocationList().Length.ToString();
    }

    static Action Make(IRun r) { return r.Run; }

    static void Main()
    {
        var d = new Derived { Id = 1 };
        Base b = d;
        IRun i = d;
        Action a1 = new Action(d.Run), a2 = new Action(d.Run);
        Console.WriteLine("same path: " + (a1 == a2) + " " + a1.Equals(a2) + " " + (a1.GetHashCode() == a2.GetHashCode()));
        Action ab = b.Run, ai = i.Run;
        Console.WriteLine("base ref: " + (a1 == ab) + " " + ab.Equals(a1) + " " + (a1.GetHashCode() == ab.GetHashCode()));
        Console.WriteLine("interface: " + (a1 == ai) + " " + ai.Equals(a1) + " " + (ab == ai) + " " + (ai.GetHashCode() == a1.GetHashCode()));
        Action ap1 = d.Plain, ap2 = b.Plain;
        Console.WriteLine("non-virtual: " + (ap1 == ap2) + " " + (ap1 == a1));
        Action s1 = Base.S, s2 = Base.S, s3 = S2;
        Console.WriteLine("static: " + (s1 == s2) + " " + (s1 == s3) + " " + (s1 == ap1));
        Action other = new Derived { Id = 2 }.Run;
        Console.WriteLine("other target: " + (a1 == other));
        var bb = new Base { Id = 3 };
        Action baseOnly = bb.Run;
        Console.WriteLine("base object: " + (baseOnly == new Action(bb.Run)) + " " + (baseOnly == new Action(((IRun)bb).Run)));
        Func<int> g1 = d.Get, g2 = ((IGet<int>)d).Get;
        Console.WriteLine("generic interface: " + (g1 == g2) + " " + g2());
        Shape sq = new Square();
        Func<string> n1 = sq.Name, n2 = ((Square)sq).Name;
        Console.WriteLine("abstract: " + (n1 == n2) + " " + n1());
        Func<string> t1 = d.ToString, t2 = ((object)d).ToString;
        Func<int> h1 = d.GetHashCode, h2 = ((object)d).GetHashCode;
        Console.WriteLine("object methods: " + (t1 == t2) + " " + (h1 == h2));

        var re = new Reimplements();
        Action viaClass = re.Run, viaIface = ((IRun)re).Run;
        Console.WriteLine("reimplemented: " + (viaClass == viaIface));
        viaClass();
        viaIface();
        var e = new Explicit();
        Action ei = ((IRun)e).Run, ep = e.Run, ei2 = ((IRun)e).Run;
        Console.WriteLine("explicit: " + (ei == ep) + " " + (ei == ei2));
        ei();
        ep();

        Val();
        Multicast(d, a1, a2, ab, ai, ap1, ap2, s1, s2);

        // made many times over while Make is counted, promoted and recompiled
        Action first = Make(d);
        bool allEqual = true;
        var seen = new Dictionary<Action, int>();
        seen[first] = 0;
        for (int k = 0; k < 3000; k++) {
            Action again = Make(d);
            allEqual &= again == first && again == a1 && again.GetHashCode() == first.GetHashCode();
            if (!seen.ContainsKey(again)) seen[again] = k;
        }
        Console.WriteLine("remade: " + allEqual + " " + seen.Count);
    }

    static void Val()
    {
        ValRun v = new ValRun { X = 5 };
        Action vm1 = v.Run, vm2 = v.Run;
        IRun boxed = v;
        Action vi1 = boxed.Run, vi2 = boxed.Run;
        Console.WriteLine("struct: " + (vm1 == vm2) + " " + (vi1 == vi2));
        vi1();
    }

    static void Multicast(Derived d, Action a1, Action a2, Action ab, Action ai, Action ap1, Action ap2, Action s1, Action s2)
    {
        Action m = a1;
        m += ap1;
        m += ai;
        m += s1;
        m -= ab;
        Console.WriteLine("-= through the base: " + Count(m));
        m -= a2;
        Console.WriteLine("-= the same again: " + Count(m));
        m -= s2;
        Console.WriteLine("-= static: " + Count(m));
        m -= ap2;
        Console.WriteLine("-= non-virtual: " + Count(m));
        Action mc1 = a1 + s1, mc2 = ai + s2, mc3 = s1 + a1;
        Console.WriteLine("combined: " + (mc1 == mc2) + " " + (mc1 == mc3) + " " + mc1.Equals(mc2));
        Delegate dd = Delegate.Combine(a1, ab, ai);
        Console.WriteLine("Remove: " + Count(Delegate.Remove(dd, ai)) + " " + Count(Delegate.RemoveAll(dd, a2)));
        Action ev = null;
        ev += d.Run;
        ev += ((IRun)d).Run;
        ev -= ((Base)d).Run;
        Console.WriteLine("event style: " + Count(ev));
        ev -= d.Run;
        Console.WriteLine("event style: " + Count(ev));
    }
}

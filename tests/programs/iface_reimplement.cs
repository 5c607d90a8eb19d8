// Which method an interface call reaches when a derived class declares a method with the
// interface method's name (ECMA-335 II.12.2): a class that does not name the interface again
// keeps its parent's implementation, even against a `new virtual` method of the same
// signature; one that names it again (or an interface extending it) implements it anew.
using System;

interface I { string M(); string N(); }
interface J : I { string K(); }

class B : I
{
    public virtual string M() { return "B.M"; }
    public string N() { return "B.N"; }
}
class NewSlot : B { public new virtual string M() { return "NewSlot.M"; } public new string N() { return "NewSlot.N"; } }
class Overrides : B { public override string M() { return "Overrides.M"; } }
class Renames : B, I { public new virtual string M() { return "Renames.M"; } }
class OverridesNewSlot : NewSlot { public override string M() { return "OverridesNewSlot.M"; } }
class ViaJ : B, J
{
    public new string N() { return "ViaJ.N"; }
    public string K() { return "ViaJ.K"; }
}

class Explicit : I
{
    string I.M() { return "Explicit.I.M"; }
    public string N() { return "Explicit.N"; }
    public string M() { return "Explicit.M"; }
}
class AfterExplicit : Explicit { public new string M() { return "AfterExplicit.M"; } }
class ExplicitAgain : Explicit, I { string I.M() { return "ExplicitAgain.I.M"; } }

abstract class Partial : I
{
    public abstract string M();
    public virtual string N() { return "Partial.N"; }
}
class Completes : Partial
{
    public override string M() { return "Completes.M"; }
    public override string N() { return "Completes.N"; }
}

interface IBox<out T> { T Get(); }
class Box : IBox<string> { public virtual string Get() { return "Box.Get"; } }
class NewBox : Box { public new virtual string Get() { return "NewBox.Get"; } }

struct S : I
{
    public string M() { return "S.M"; }
    public string N() { return "S.N"; }
}

class Program
{
    static void Show(I i)
    {
        Console.WriteLine(i.GetType().Name + ": " + i.M() + " " + i.N());
    }

    static void Main()
    {
        I[] all = { new B(), new NewSlot(), new Overrides(), new Renames(), new OverridesNewSlot(),
                    new ViaJ(), new Explicit(), new AfterExplicit(), new ExplicitAgain(),
                    new Completes(), new S() };
        foreach (I i in all) Show(i);
        Console.WriteLine(((J)new ViaJ()).K());
        Console.WriteLine(new NewSlot().M() + " " + ((B)new NewSlot()).M());
        Console.WriteLine(new OverridesNewSlot().M() + " " + ((B)new OverridesNewSlot()).M());
        IBox<object> box = new NewBox();
        Console.WriteLine(box.Get() + " " + new NewBox().Get());
    }
}

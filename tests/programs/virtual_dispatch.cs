// Virtual dispatch through several levels, override vs new, base calls, calls from constructors.
using System;

class Animal
{
    protected string name;
    public Animal(string name) { this.name = name; Console.WriteLine("Animal ctor: " + Describe()); }
    public virtual string Sound() { return "..."; }
    public virtual string Describe() { return "animal " + name; }
    public string Kind() { return "Animal.Kind"; }
    public virtual int Legs() { return 4; }
    public void Speak() { Console.WriteLine(name + " says " + Sound() + " on " + Legs() + " legs"); }
}

class Dog : Animal
{
    public Dog(string name) : base(name) { }
    public override string Sound() { return "woof"; }
    public override string Describe() { return "dog " + name; }
    public new string Kind() { return "Dog.Kind"; }
}

class Puppy : Dog
{
    int age = 1;
    public Puppy(string name) : base(name) { age = 2; }
    public override string Sound() { return "yip (" + base.Sound() + ")"; }
    public override string Describe() { return "puppy " + name + " age " + age; }
}

class Bird : Animal
{
    public Bird(string name) : base(name) { }
    public override string Sound() { return "tweet"; }
    public override int Legs() { return 2; }
}

class Penguin : Bird
{
    public Penguin(string name) : base(name) { }
    public new virtual string Sound() { return "squawk"; }
    public override string Describe() { return "penguin " + name + " / " + base.Describe(); }
}

class Emperor : Penguin
{
    public Emperor(string name) : base(name) { }
    public override string Sound() { return "EMPEROR"; }
}

class A { public virtual int F() { return 1; } }
class B : A { public override int F() { return 2 + base.F(); } }
class C : B { public override int F() { return 10 * base.F(); } }
class D : C { public sealed override int F() { return 100 + base.F(); } }
class E : D { }

class VirtualDispatch
{
    static void Main()
    {
        Animal[] zoo = { new Animal("generic"), new Dog("rex"), new Puppy("bit"), new Bird("tweety"),
                         new Penguin("pingu"), new Emperor("emp") };
        foreach (Animal a in zoo)
        {
            a.Speak();
            Console.WriteLine("  " + a.Describe() + " | " + a.Kind());
        }
        Dog d = new Puppy("tiny");
        Console.WriteLine(d.Kind() + " " + ((Animal)d).Kind() + " " + d.Sound());
        Penguin p = new Emperor("e2");
        Bird bp = p;
        Console.WriteLine("penguin view: " + p.Sound() + ", bird view: " + bp.Sound());

        A[] objs = { new A(), new B(), new C(), new D(), new E() };
        int total = 0;
        for (int round = 0; round < 100000; round++)
            total += objs[round % objs.Length].F();
        foreach (A o in objs) Console.Write(o.F() + " ");
        Console.WriteLine();
        Console.WriteLine("total = " + total);
    }
}

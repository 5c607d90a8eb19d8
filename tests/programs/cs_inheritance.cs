// Inheritance: constructor chaining (base(...) and this(...)) with printed order, base.
// calls to overridden methods and properties, `new` hiding vs override, abstract members,
// sealed overrides, protected members, ToString overrides used by Console.WriteLine(object)
// and string concatenation, virtual calls from a base constructor.
using System;

abstract class Employee
{
    protected string name;
    static int count;
    public Employee(string name) { this.name = name; count++; Console.WriteLine("  Employee ctor " + name + " (" + Describe() + ")"); }
    public abstract decimal Pay();
    public virtual string Title { get { return "employee"; } }
    public virtual string Describe() { return "base describe"; }
    public string Info() { return name + " the " + Title; }
    public static int Count { get { return count; } }
    public override string ToString() { return Title + ":" + name; }
}

class Engineer : Employee
{
    protected int level;
    public Engineer(string name, int level) : base(name) { this.level = level; Console.WriteLine("  Engineer ctor level " + level); }
    public Engineer(string name) : this(name, 1) { Console.WriteLine("  Engineer(name) ctor"); }
    public override decimal Pay() { return 1000 + level * 250; }
    public override string Title { get { return "engineer L" + level; } }
    public override string Describe() { return "engineer describe, level=" + level; }   // level is still 0 during base ctor
}

class Lead : Engineer
{
    public Lead(string name) : base(name, 3) { Console.WriteLine("  Lead ctor"); }
    public sealed override decimal Pay() { return base.Pay() * 2; }
    public override string Title { get { return "lead (" + base.Title + ")"; } }
    public override string ToString() { return "Lead<" + base.ToString() + ">"; }
}

class Intern : Employee
{
    public Intern(string name) : base(name) { }
    public override decimal Pay() { return 300; }
    public new string Info() { return "intern " + name; }   // hides, not virtual
}

class Program
{
    static void Main()
    {
        Console.WriteLine("create engineer:");
        Engineer e = new Engineer("eve");
        Console.WriteLine("create lead:");
        Lead l = new Lead("lou");
        Console.WriteLine("create intern:");
        Intern i = new Intern("ian");

        Employee[] staff = { e, l, i };
        foreach (Employee s in staff)
            Console.WriteLine(s.Info() + " earns " + s.Pay() + " -> " + s);
        Console.WriteLine("hidden Info via Intern: " + i.Info() + "; via Employee: " + ((Employee)i).Info());
        Console.WriteLine(l);
        Console.WriteLine((object)e);
        Console.WriteLine("count " + Employee.Count);
        object o = l;
        Console.WriteLine("ToString via object: " + o.ToString() + " | Equals self: " + o.Equals(l) + " | default ToString: " + new object().ToString());
    }
}

// Type tests and casts on classes and interfaces: is, as, explicit downcasts, casts through
// object, null handling, arrays of references covariantly viewed as object[].
using System;

interface IFly { string Fly(); }
interface ISwim { string Swim(); }
class Animal { public string Name; public Animal(string n) { Name = n; } }
class Bird : Animal, IFly { public Bird(string n) : base(n) { } public string Fly() { return Name + " flies"; } }
class Duck : Bird, ISwim { public Duck(string n) : base(n) { } public string Swim() { return Name + " swims"; } }
class Fish : Animal, ISwim { public Fish(string n) : base(n) { } public string Swim() { return Name + " swims fast"; } }
sealed class Rock { }

class IsAs
{
    static string Classify(object o)
    {
        string s = "";
        if (o is Animal) s += "Animal ";
        if (o is Bird) s += "Bird ";
        if (o is Duck) s += "Duck ";
        if (o is Fish) s += "Fish ";
        if (o is IFly) s += "IFly ";
        if (o is ISwim) s += "ISwim ";
        if (o is Rock) s += "Rock ";
        if (o is string) s += "string ";
        return s == "" ? "nothing" : s.Trim();
    }

    static void Main()
    {
        object[] things = { new Animal("generic"), new Bird("robin"), new Duck("donald"), new Fish("nemo"), new Rock(), "text", null };
        foreach (object o in things) Console.WriteLine(Classify(o));
        foreach (object o in things)
        {
            IFly f = o as IFly;
            ISwim s = o as ISwim;
            Animal a = o as Animal;
            Console.WriteLine((a != null ? a.Name : "-") + ": " + (f != null ? f.Fly() : "no fly") + ", " + (s != null ? s.Swim() : "no swim"));
        }
        Animal an = new Duck("daisy");
        Bird bd = (Bird)an;
        Duck dk = (Duck)bd;
        ISwim sw = (ISwim)an;
        IFly fl = (IFly)sw;
        Console.WriteLine(bd.Fly() + " / " + dk.Swim() + " / " + sw.Swim() + " / " + fl.Fly());
        object nothing = null;
        Animal nul = (Animal)nothing;
        Bird nb = nothing as Bird;
        Console.WriteLine((nul == null) + " " + (nb == null) + " " + (nothing is object));
        Animal[] animals = { new Bird("b1"), new Fish("f1"), new Duck("d1") };
        object[] asObjects = animals;
        Console.WriteLine(asObjects.Length + " " + (asObjects[1] is Fish) + " " + ((Animal)asObjects[2]).Name);
        object arrObj = animals;
        Console.WriteLine((arrObj is Animal[]) + " " + (arrObj is object[]) + " " + (arrObj is Bird[]) + " " + (arrObj is string));
        Bird[] birds = { new Bird("x"), new Duck("y") };
        Animal[] viaBirds = birds;
        Console.WriteLine(viaBirds[1].Name + " " + (viaBirds is Bird[]));
        int count = 0;
        for (int i = 0; i < 300000; i++)
        {
            object o = things[i % things.Length];
            if (o is ISwim) count++;
            if (o as Bird != null) count += 2;
        }
        Console.WriteLine("count " + count);
    }
}

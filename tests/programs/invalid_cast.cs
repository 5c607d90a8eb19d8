// Ends with an unhandled InvalidCastException from a downcast to an unrelated class.
using System;

class Animal { public virtual string Name() { return "animal"; } }
class Cat : Animal { public override string Name() { return "cat"; } }
class Dog : Animal { public override string Name() { return "dog"; } }

class InvalidCast
{
    static void Main()
    {
        Animal[] zoo = { new Cat(), new Cat(), new Dog() };
        foreach (Animal a in zoo)
        {
            Console.WriteLine("as Cat: " + (a as Cat != null));
            Cat c = (Cat)a;
            Console.WriteLine("cast ok: " + c.Name());
        }
        Console.WriteLine("not reached");
    }
}

// Array covariance is checked on store: writing an int or a wrong class into an object[]
// that is really a string[] / Dog[] throws ArrayTypeMismatchException; compatible stores
// and null stores succeed.
using System;

class Animal { public string N; public Animal(string n) { N = n; } }
class Dog : Animal { public Dog(string n) : base(n) {} }
class Puppy : Dog { public Puppy(string n) : base(n) {} }
class Cat : Animal { public Cat(string n) : base(n) {} }

class Program
{
    static void Store(object[] arr, int i, object v, string label)
    {
        try { arr[i] = v; Console.WriteLine(label + ": stored"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        object[] a = new string[2];
        Store(a, 0, "hello", "string into string[]");
        Store(a, 1, 1, "int into string[]");
        Store(a, 1, null, "null into string[]");
        Store(a, 1, new object(), "object into string[]");
        Console.WriteLine("a[0]=" + a[0] + " a[1] null=" + (a[1] == null));

        Animal[] dogs = new Dog[3];
        object[] asObj = dogs;
        Store(asObj, 0, new Dog("rex"), "Dog into Dog[]");
        Store(asObj, 1, new Puppy("bit"), "Puppy into Dog[]");
        Store(asObj, 2, new Cat("tom"), "Cat into Dog[]");
        Store(asObj, 2, new Animal("gen"), "Animal into Dog[]");
        try { dogs[2] = new Cat("kit"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("typed Animal[] store of Cat failed"); }
        for (int i = 0; i < dogs.Length; i++)
            Console.WriteLine("dogs[" + i + "] = " + (dogs[i] == null ? "null" : dogs[i].N + " (" + dogs[i].GetType().Name + ")"));

        object[] real = new object[2];
        Store(real, 0, 5, "int into object[]");
        Store(real, 1, "s", "string into object[]");

        // Covariant reads are always fine
        object[] strs = new string[] { "x", "y" };
        foreach (object o in strs) Console.WriteLine("read " + o + " type " + o.GetType().Name);
        Console.WriteLine("runtime array type: " + strs.GetType().Name);
    }
}

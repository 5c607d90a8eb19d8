// The address of an array element of reference type (ref/out arguments, ldelema) needs the
// array's element type to be exactly the static one: a string[] seen as object[] must not
// hand out a writable object slot (ArrayTypeMismatchException), while generic code that only
// reads through the address (readonly. ldelema) and exact or sealed element types work.
using System;

class Animal { public virtual string Sound() { return "..."; } }
class Dog : Animal { public override string Sound() { return "woof"; } }
sealed class Cat : Animal { public override string Sound() { return "meow"; } }

class Program
{
    static void SetObject(out object o) { o = 42; }
    static void SetAnimal(ref Animal a) { a = new Animal(); }
    static void SetString(ref string s) { s = s + "!"; }
    static void SetCat(ref Cat c) { c = new Cat(); }
    static int Touch<T>(T[] arr) { int n = 0; foreach (T x in arr) if (x != null) n++; return n; }
    static string First<T>(T[] arr) where T : Animal { return arr[0].Sound(); }

    static void Try(string what, Action a)
    {
        try {
            a();
            Console.WriteLine(what + ": ok");
        } catch (ArrayTypeMismatchException) {
            Console.WriteLine(what + ": ArrayTypeMismatchException");
        }
    }

    static void Main()
    {
        string[] strings = { "a", "b" };
        object[] objects = strings;
        Try("out object into string[] as object[]", () => SetObject(out objects[1]));
        Console.WriteLine("strings[1] = " + strings[1]);
        Try("ref string into string[]", () => SetString(ref strings[1]));
        Console.WriteLine("strings[1] = " + strings[1]);

        object[] real = new object[1];
        Try("out object into object[]", () => SetObject(out real[0]));
        Console.WriteLine("real[0] = " + real[0]);

        Animal[] dogs = new Dog[] { new Dog() };
        Try("ref Animal into Dog[] as Animal[]", () => SetAnimal(ref dogs[0]));
        Animal[] animals = { new Dog() };
        Try("ref Animal into Animal[]", () => SetAnimal(ref animals[0]));
        Console.WriteLine("animals[0] says " + animals[0].Sound());

        Cat[] cats = { null };
        Try("ref Cat into Cat[]", () => SetCat(ref cats[0]));
        Console.WriteLine("cats[0] says " + cats[0].Sound());

        Console.WriteLine("generic read of Dog[] as Animal[]: " + First<Animal>(dogs) + " " + Touch<Animal>(dogs));
        Console.WriteLine("generic read of string[] as object[]: " + Touch<object>(objects));

        int[] ints = { 1, 2 };
        Try("ref int into int[]", () => { ints[0] += 5; });
        Console.WriteLine("ints[0] = " + ints[0]);
    }
}

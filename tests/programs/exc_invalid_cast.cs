// InvalidCastException: unboxing to the wrong type (int as long, int as short, enum vs
// underlying type is allowed), bad class downcast, bad interface cast; `as` gives null.
using System;

interface IShape { double Area(); }
class Animal { public virtual string Name { get { return "animal"; } } }
class Dog : Animal { public override string Name { get { return "dog"; } } }
class Cat : Animal, IShape { public override string Name { get { return "cat"; } } public double Area() { return 1.5; } }
enum Color { Red = 1, Green = 2 }
struct Pt { public int X; }

class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (InvalidCastException e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
    }

    static void Main()
    {
        object boxedInt = 42;
        object boxedLong = 42L;
        object boxedColor = Color.Green;
        object boxedPt = new Pt { X = 3 };
        object str = "text";
        Animal a = new Dog();
        object cat = new Cat();

        Try("(int)boxedInt", () => (int)boxedInt);
        Try("(long)boxedInt", () => (long)boxedInt);
        Try("(short)boxedInt", () => (short)boxedInt);
        Try("(int)boxedLong", () => (int)boxedLong);
        Try("(long)(int)boxedInt", () => (long)(int)boxedInt);
        Try("(int)boxedColor", () => (int)boxedColor);
        Try("(Color)boxedInt", () => (Color)boxedInt);
        Try("(Pt)boxedPt .X", () => ((Pt)boxedPt).X);
        Try("(Pt)boxedInt", () => ((Pt)boxedInt).X);
        Try("(double)boxedInt", () => (double)boxedInt);
        Try("(string)boxedInt", () => (string)boxedInt);
        Try("(Dog)a", () => ((Dog)a).Name);
        Try("(Cat)a", () => ((Cat)a).Name);
        Try("(IShape)cat", () => ((IShape)cat).Area());
        Try("(IShape)a", () => ((IShape)a).Area());
        Try("(Animal)str", () => ((Animal)str).Name);
        Try("(int?)boxedInt", () => (int?)boxedInt);
        Try("(int[])(object)long[]", () => ((int[])(object)new long[1]).Length);

        Console.WriteLine("a as Cat == null: " + (a as Cat == null));
        Console.WriteLine("str as string: " + (str as string));
        Console.WriteLine("boxedInt as string == null: " + (boxedInt as string == null));
        Console.WriteLine("cat as IShape != null: " + (cat as IShape != null));

        object[] things = { 1, "two", 3.0, new Dog(), null, 'c' };
        int failures = 0;
        foreach (object t in things)
        {
            try { int v = (int)t; Console.WriteLine("int " + v); }
            catch (InvalidCastException) { failures++; }
            catch (NullReferenceException) { Console.WriteLine("null unbox -> NullReferenceException"); }
        }
        Console.WriteLine("failures=" + failures);
    }
}

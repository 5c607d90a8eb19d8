// Generic virtual methods: a class override calling base, an interface generic method
// implemented by a class and by a struct (through its box), resolved per receiver type.
using System;
interface IConv { T Conv<T>(object o); }
class Base { public virtual string Show<T>(T x) { return "base:" + x; } }
class Derived : Base { public override string Show<T>(T x) { return "derived:" + base.Show<T>(x) + ":" + typeof(T).Name; } }
class Impl : IConv { public T Conv<T>(object o) { return (T)o; } }
struct SImpl : IConv { public int k; public T Conv<T>(object o) { k++; return (T)o; } }
class P { static void Main() {
  Base b = new Derived(); Console.WriteLine(b.Show(5)); Console.WriteLine(b.Show("s")); Console.WriteLine(new Base().Show(2.5));
  IConv c = new Impl(); Console.WriteLine(c.Conv<int>(42) + c.Conv<string>("x"));
  IConv s = new SImpl(); Console.WriteLine(s.Conv<double>(1.5));
} }

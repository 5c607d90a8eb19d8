// System.Guid: construction from fields and bytes, equality, ordering, hashing as a
// dictionary key, the standard text forms, and a Guid as a generic type argument; also
// Type.Equals(Type), which generic code calls on typeof results.
using System;
using System.Collections.Generic;

struct Holder<T>
{
    public T Value;
    public bool Same(T other) { return Value.Equals(other); }
}

class GuidBasic
{
    static void Main()
    {
        Guid a = new Guid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Guid b = new Guid(new byte[] { 1, 0, 0, 0, 2, 0, 3, 0, 4, 5, 6, 7, 8, 9, 10, 11 });
        Guid c = new Guid(0x12345678, 0x9abc, 0x0def, 0xf0, 0xe1, 0xd2, 0xc3, 0xb4, 0xa5, 0x96, 0x87);
        Console.WriteLine(a);
        Console.WriteLine(c.ToString());
        Console.WriteLine(c.ToString("N"));
        Console.WriteLine(c.ToString("B"));
        Console.WriteLine(c.ToString("P"));
        Console.WriteLine(Guid.Empty);
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(a.Equals("text"));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a.CompareTo(c) + " " + c.CompareTo(a) + " " + a.CompareTo(b));
        Console.WriteLine(new Guid(0xffffffffu, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).CompareTo(a));
        Console.WriteLine(BitConverter.ToString(c.ToByteArray()));
        Console.WriteLine(new Guid(c.ToByteArray()) == c);
        Guid n = Guid.NewGuid();
        string s = n.ToString();
        Console.WriteLine(s.Length + " " + s[14] + " " + (n != Guid.Empty));

        var d = new Dictionary<Guid, string>();
        d[a] = "a";
        d[c] = "c";
        Console.WriteLine(d[b] + d[c] + d.Count);

        Holder<Guid> h = new Holder<Guid>();
        h.Value = a;
        Console.WriteLine(h.Same(b) + " " + h.Same(c));
        object boxed = default(Guid);
        Console.WriteLine(boxed.Equals(Guid.Empty) + " " + (boxed is IEquatable<Guid>));

        Type t = typeof(List<int>);
        Console.WriteLine(t.Equals(typeof(List<int>)) + " " + t.Equals(typeof(List<long>)) + " " +
                          t.Equals((Type)null));
        Console.WriteLine(new List<Guid>().GetType().Equals(typeof(List<Guid>)));
    }
}

// string.Intern and IsInterned against literals: a literal is interned, a string built at
// run time is not until Intern returns the literal itself (also in an AOT executable, whose
// literals are read-only data), concatenated literals fold into one literal.
using System;

class StringIntern
{
    static void Main()
    {
        string built = new string(new char[] { 'h', 'e', 'l', 'l', 'o' });
        Console.WriteLine(object.ReferenceEquals(built, "hello"));
        Console.WriteLine(object.ReferenceEquals(string.Intern(built), "hello"));
        Console.WriteLine(string.IsInterned(built) != null);
        Console.WriteLine(string.IsInterned(new string('z', 3)) == null);
        string other = new string('q', 2);
        string first = string.Intern(other); /* .NET returns other itself, Mono a copy */
        Console.WriteLine(object.ReferenceEquals(string.Intern(new string('q', 2)), first));
        string lit = "wor" + "ld";
        Console.WriteLine(object.ReferenceEquals(lit, "world"));
    }
}

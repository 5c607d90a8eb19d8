// Custom attributes whose named arguments set public fields (ECMA-335 II.23.3, kind 0x53)
// as well as properties: numbers, strings, enums, bools, arrays and a field of type object,
// on types and on methods, read back through GetCustomAttributes.
using System;
using System.Reflection;

enum Level { Low, High }

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class InfoAttribute : Attribute
{
    public int Count;
    public string Label;
    public Level Level;
    public bool Flag;
    public int[] Values;
    public object Boxed;
    public double Ratio { get; set; }
    public InfoAttribute() { }
    public InfoAttribute(string label) { Label = label; }
    public override string ToString()
    {
        return "Info(" + Label + ", " + Count + ", " + Level + ", " + Flag + ", " +
               (Values == null ? "null" : string.Join("/", Values)) + ", " + (Boxed ?? "null") + ", " + Ratio + ")";
    }
}

[Info(Count = 3, Label = "type", Level = Level.High)]
[Info("second", Flag = true, Values = new[] { 1, 2, 3 }, Ratio = 0.5)]
class Annotated
{
    [Info(Boxed = 42, Label = "method")]
    public void Work() { }

    [Info(Boxed = "text", Count = -1)]
    public static void Other() { }
}

class AttributeFields
{
    static void Main()
    {
        foreach (object a in typeof(Annotated).GetCustomAttributes(false))
            Console.WriteLine(a);
        foreach (string name in new[] { "Work", "Other" })
            foreach (object a in typeof(Annotated).GetMethod(name).GetCustomAttributes(false))
                Console.WriteLine(name + ": " + a);
        InfoAttribute one = (InfoAttribute)Attribute.GetCustomAttribute(typeof(Annotated).GetMethod("Work"), typeof(InfoAttribute));
        Console.WriteLine(one.Boxed.GetType().Name + " " + one.Label);
    }
}

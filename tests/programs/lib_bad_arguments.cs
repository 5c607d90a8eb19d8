// corlib under hostile arguments: every call raises the exception type Mono raises.
using System; using System.Text; using System.Collections.Generic;
class R {
  static void T(string what, Action a) { try { a(); Console.WriteLine(what + ": no exception"); } catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); } }
  static void Main() {
    T("Substring(5)", () => "abc".Substring(5));
    T("Substring(-1)", () => "abc".Substring(-1));
    T("Substring(1,5)", () => "abc".Substring(1, 5));
    T("new string(-1)", () => new string('x', -1));
    T("Format {5}", () => string.Format("{5}", 1));
    T("Format {x}", () => string.Format("{x}", 1));
    T("Format unclosed", () => string.Format("{0", 1));
    T("int.Parse x", () => int.Parse("x"));
    T("int.Parse big", () => int.Parse("99999999999"));
    T("int.Parse null", () => int.Parse(null));
    T("Convert big", () => Convert.ToInt32("99999999999"));
    T("sb.Remove", () => new StringBuilder("abc").Remove(2, 5));
    T("sb.Insert", () => new StringBuilder("abc").Insert(9, "x"));
    T("list[3]", () => { var l = new List<int>{1}; int x = l[3]; });
    T("dict miss", () => { var d = new Dictionary<string,int>(); int x = d["a"]; });
    T("dict null key", () => { var d = new Dictionary<string,int>(); d[null] = 1; });
    T("IndexOf(null)", () => "abc".IndexOf((string)null));
    T("Split null", () => "a,b".Split(null));
    T("PadLeft(-1)", () => "a".PadLeft(-1));
    T("Array.Copy len", () => Array.Copy(new int[2], new int[2], 5));
    T("Array.Resize neg", () => { int[] a = null; Array.Resize(ref a, -1); });
    T("char.ToString", () => Console.Write(((char)0xD800).ToString().Length));
    T("string.Join null", () => string.Join(",", (string[])null));
    T("Math.Round digits", () => Math.Round(1.5, 20));
    T("decimal overflow", () => { decimal d = decimal.MaxValue; d += 1; });
    T("double.Parse bad", () => double.Parse("1e"));
    T("Stack.Pop empty", () => new Stack<int>().Pop());
    T("Queue.Dequeue empty", () => new Queue<int>().Dequeue());
  }
}

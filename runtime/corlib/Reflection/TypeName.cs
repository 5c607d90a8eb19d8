// TypeName.cs — Type.GetType(string): reads a type's name as .NET writes it and asks the
// runtime for each type it names.
//
//   name     := simple ('[' args ']')? suffix* (',' assembly)?
//   simple   := Namespace.Outer+Inner`2          (Type.FullName without type arguments)
//   args     := arg (',' arg)*   arg := '[' name-with-assembly ']' | name-without-assembly
//   suffix   := '[]' | '[' ','* ']' | '[*]' | '&'
//
// The runtime finds a simple name (RuntimeType.FindType): any type of the loaded
// assemblies under --jit and --run; under AOT, those the executable has (the program's own
// types and the corlib types its code names). A type argument or array of a type is made
// by MakeGenericType and Array.CreateInstance, which an AOT executable answers only for the
// instances and arrays its code makes; anything else it lacks is "not found" (null).
// Whitespace is read as Mono reads it: before a name, not after it.
using System.Collections.Generic;

namespace System
{
    internal sealed class TypeName
    {
        // The names under which ilc's corlib is referenced (frontend/typesys.c binds them all).
        static readonly string[] CorlibNames = {
            "mscorlib", "System.Runtime", "System.Console", "System.Private.CoreLib", "netstandard",
            "System", "System.Core", "System.Collections", "System.Runtime.Extensions", "System.Numerics",
        };

        string simple;           // Ns.Outer+Inner`1
        List<TypeName> args;     // type arguments, or null
        List<int> suffixes;      // array ranks (0: [*], -1: a byref), innermost first
        string assembly;         // as written after the comma, or null

        // The type `text` names, or null (throwOnError: an exception as Mono's).
        internal static Type Resolve(string text, bool throwOnError, bool ignoreCase)
        {
            int pos = 0;
            TypeName n = Parse(text, ref pos, true);
            if (n == null || pos != text.Length)
            {
                if (throwOnError)
                    throw new ArgumentException("failed parse: " + text, "typeName");
                return null;
            }
            Type t = n.Find(ignoreCase, throwOnError);
            if (t == null && throwOnError)
                throw new TypeLoadException("Could not load type '" + n.simple + "' from assembly '" + n.AssemblyShown() + "'.");
            return t;
        }

        string AssemblyShown()
        {
            if (assembly == null)
                return RuntimeType.ProgramAssembly();
            string a = assembly.Trim();
            return a.IndexOf(',') >= 0 ? a : a + ", Version=0.0.0.0, Culture=neutral, PublicKeyToken=null";
        }

        // One name from pos. `top`: a name that may end with an assembly (the whole text, or
        // a bracketed type argument); a bare type argument ends at ',' or ']'.
        static TypeName Parse(string s, ref int pos, bool top)
        {
            while (pos < s.Length && s[pos] == ' ')
                pos++;
            int start = pos;
            while (pos < s.Length && "[],&*".IndexOf(s[pos]) < 0)
                pos++;
            if (pos == start)
                return null;
            TypeName n = new TypeName();
            n.simple = s.Substring(start, pos - start);
            n.suffixes = new List<int>();
            if (pos < s.Length && s[pos] == '[' && !IsArraySuffix(s, pos))
            {
                pos++;
                n.args = new List<TypeName>();
                for (;;)
                {
                    TypeName a = ParseArgument(s, ref pos);
                    if (a == null)
                        return null;
                    n.args.Add(a);
                    if (pos < s.Length && s[pos] == ',')
                    {
                        pos++;
                        continue;
                    }
                    if (pos >= s.Length || s[pos] != ']')
                        return null;
                    pos++;
                    break;
                }
            }
            if (!ParseSuffixes(s, ref pos, n.suffixes))
                return null;
            if (top && pos < s.Length && s[pos] == ',')
            {
                int end = AssemblyEnd(s, pos + 1);
                n.assembly = s.Substring(pos + 1, end - pos - 1);
                pos = end;
            }
            return n;
        }

        static TypeName ParseArgument(string s, ref int pos)
        {
            if (pos < s.Length && s[pos] == '[')
            {
                pos++;
                TypeName a = Parse(s, ref pos, true);
                if (a == null || pos >= s.Length || s[pos] != ']')
                    return null;
                pos++;
                return a;
            }
            return Parse(s, ref pos, false);
        }

        // An assembly name runs to the end, or inside brackets to the closing one.
        static int AssemblyEnd(string s, int pos)
        {
            while (pos < s.Length && s[pos] != ']')
                pos++;
            return pos;
        }

        static bool IsArraySuffix(string s, int pos)
        {
            return pos + 1 < s.Length && (s[pos + 1] == ']' || s[pos + 1] == ',' || s[pos + 1] == '*');
        }

        static bool ParseSuffixes(string s, ref int pos, List<int> suffixes)
        {
            while (pos < s.Length)
            {
                if (s[pos] == '&')
                {
                    pos++;
                    suffixes.Add(-1);
                    continue;
                }
                if (s[pos] == '*')
                    throw new NotSupportedException("ilc has no pointer types in reflection: " + s);
                if (s[pos] != '[' || !IsArraySuffix(s, pos))
                    return true;
                pos++;
                int rank = 1;
                if (s[pos] == '*')
                {
                    rank = 0;
                    pos++;
                }
                while (pos < s.Length && s[pos] == ',')
                {
                    rank++;
                    pos++;
                }
                if (pos >= s.Length || s[pos] != ']')
                    return false;
                pos++;
                suffixes.Add(rank);
            }
            return true;
        }

        // The scope the assembly name gives (0: the program's, then corlib; 1: the program's;
        // 2: corlib), or -1 for an assembly ilc does not have.
        int Scope()
        {
            string a = assembly;
            if (a == null)
                return 0;
            int comma = a.IndexOf(',');
            string simpleName = (comma >= 0 ? a.Substring(0, comma) : a).Trim();
            if (Array.IndexOf(CorlibNames, simpleName) >= 0)
                return 2;
            string program = RuntimeType.ProgramAssembly();
            comma = program.IndexOf(',');
            return simpleName == (comma >= 0 ? program.Substring(0, comma) : program) ? 1 : -1;
        }

        Type Find(bool ignoreCase, bool throwOnError)
        {
            int scope = Scope();
            if (scope < 0)
                return null;
            long h = RuntimeType.FindType(simple, scope, ignoreCase);
            if (h == 0)
                return null;
            Type t = RuntimeType.For(h);
            if (args != null)
                t = Instantiate(t, ignoreCase, throwOnError);
            foreach (int rank in suffixes)
            {
                if (t == null)
                    return null;
                t = rank < 0 ? new System.Reflection.ByRefType(t) : ArrayOf(t, rank);
            }
            return t;
        }

        Type Instantiate(Type def, bool ignoreCase, bool throwOnError)
        {
            Type[] types = new Type[args.Count];
            for (int i = 0; i < types.Length; i++)
                if ((types[i] = args[i].Find(ignoreCase, false)) == null)
                    return null;
            if (!def.IsGenericTypeDefinition)
                return null;
            int arity = def.GetGenericArguments().Length;
            if (types.Length != arity && throwOnError)
                throw new ArgumentException("The generic type definition needs " + arity + " type arguments, but was instantiated with " + types.Length + " ", "types");
            if (types.Length != arity)
                return null;
            try
            {
                return def.MakeGenericType(types);
            }
            catch (NotSupportedException)
            {
                return null; // an AOT executable without that instance
            }
        }

        // T[] (rank 1), T[*] (0) or T[,...]: the array type reflection has (AOT: those with
        // instances).
        static Type ArrayOf(Type t, int rank)
        {
            try
            {
                return rank == 1 ? t.MakeArrayType() : t.MakeArrayType(rank == 0 ? 1 : rank);
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }
    }
}

// Environment.StackTrace: which frames it holds and in what order, not how a frame is
// written (Mono and .NET format frames differently). The methods asking are NoInlining and
// never call in tail position, so optimised code keeps their frames.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Traces
{
    class Program
    {
        static int sink;

        [MethodImpl(MethodImplOptions.NoInlining)]
        static string Inner(int n)
        {
            string t = Environment.StackTrace;
            sink += n;
            return t;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static string Outer(int n)
        {
            string t = Inner(n);
            sink++;
            return t;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        string Instance()
        {
            string t = Environment.StackTrace;
            sink++;
            return t;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static string ThroughDelegate()
        {
            Func<int, string> f = Outer;
            string t = f(2);
            sink++;
            return t;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static string InCatch()
        {
            try {
                throw new InvalidOperationException("x");
            } catch (InvalidOperationException) {
                string t = Environment.StackTrace;
                sink++;
                return t;
            }
        }

        static string threadTrace;

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void ThreadBody()
        {
            threadTrace = Environment.StackTrace;
            sink++;
        }

        static int Lines(string s)
        {
            int n = 1;
            foreach (char c in s)
                if (c == '\n') n++;
            return n;
        }

        // Each name is found, each after the one before it (innermost first).
        static bool InOrder(string t, params string[] names)
        {
            int at = 0;
            foreach (string name in names) {
                int i = t.IndexOf(name, at);
                if (i < 0) return false;
                at = i + name.Length;
            }
            return true;
        }

        static bool EveryLineAFrame(string t)
        {
            foreach (string line in t.Split('\n'))
                if (!line.TrimStart().StartsWith("at ")) return false;
            return true;
        }

        static void Main()
        {
            string t = Outer(1);
            Console.WriteLine("empty " + (t.Length == 0) + ", every line a frame " + EveryLineAFrame(t) +
                              ", ends without a newline " + !t.EndsWith("\n"));
            Console.WriteLine("in order: get_StackTrace, Inner, Outer, Main " +
                              InOrder(t, "System.Environment.get_StackTrace", "Traces.Program.Inner",
                                      "Traces.Program.Outer", "Traces.Program.Main"));
            Console.WriteLine("at least 4 lines " + (Lines(t) >= 4));

            string here = Environment.StackTrace;
            Console.WriteLine("from Main: Main " + here.Contains("Main") + ", Inner " + here.Contains("Inner"));

            string i = new Program().Instance();
            Console.WriteLine("instance method: " + InOrder(i, "Traces.Program.Instance", "Traces.Program.Main"));

            string d = ThroughDelegate();
            Console.WriteLine("through a delegate: " +
                              InOrder(d, "Inner", "Outer", "ThroughDelegate", "Traces.Program.Main"));

            string c = InCatch();
            Console.WriteLine("in a catch block: " + InOrder(c, "InCatch", "Traces.Program.Main"));

            var thread = new Thread(ThreadBody);
            thread.Start();
            thread.Join();
            Console.WriteLine("on another thread: ThreadBody " + threadTrace.Contains("ThreadBody") +
                              ", Main " + threadTrace.Contains("Main"));

            string first = Outer(1), second = Outer(1);
            Console.WriteLine("same text twice: " + (first == second));
            Console.WriteLine(sink);
        }
    }
}

// An exception escaping a thread's start method ends the process, as on .NET and Mono: exit
// code 1, the report on stderr; the main thread never gets past Join.
using System;
using System.Threading;

class ThreadException
{
    static void Main()
    {
        Thread ok = new Thread(() => {
            try {
                throw new ArgumentException("caught inside");
            } catch (ArgumentException e) {
                Console.WriteLine("thread caught: " + e.Message);
            }
        });
        ok.Start();
        ok.Join();
        Console.WriteLine("first thread done");
        Thread bad = new Thread(() => { throw new InvalidOperationException("escapes the thread"); });
        bad.Start();
        bad.Join();
        Console.WriteLine("not reached");
    }
}

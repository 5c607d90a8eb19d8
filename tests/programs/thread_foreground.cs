// The process ends when Main returns and every foreground thread has ended; background
// threads do not keep it alive (one here sleeps for ever).
using System;
using System.Threading;

class ThreadForeground
{
    static void Main()
    {
        Thread sleeper = new Thread(() => Thread.Sleep(Timeout.Infinite));
        sleeper.IsBackground = true;
        sleeper.Start();
        object ready = new object();
        bool mainDone = false;
        Thread late = new Thread(() => {
            lock (ready) {
                while (!mainDone)
                    Monitor.Wait(ready);
            }
            Thread.Sleep(20);
            Console.WriteLine("foreground thread finished after Main");
        });
        late.Start();
        // foreground, then made background while running: does not hold the exit either
        object gate = new object();
        Thread demoted = new Thread(() => {
            lock (gate)
                Monitor.Wait(gate);
        });
        demoted.Start();
        demoted.IsBackground = true;
        Console.WriteLine("sleeper background " + sleeper.IsBackground);
        Console.WriteLine("Main returns");
        lock (ready) {
            mainDone = true;
            Monitor.PulseAll(ready);
        }
    }
}

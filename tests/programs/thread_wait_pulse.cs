// Monitor.Wait/Pulse/PulseAll: a bounded producer/consumer queue, a strict ping-pong, a
// barrier of waiters released by PulseAll, Wait timeouts, and waiting on an unheld lock.
using System;
using System.Collections.Generic;
using System.Threading;

class BoundedQueue
{
    readonly Queue<int> items = new Queue<int>();
    readonly int capacity;

    public BoundedQueue(int capacity)
    {
        this.capacity = capacity;
    }

    public void Put(int x)
    {
        lock (items) {
            while (items.Count == capacity)
                Monitor.Wait(items);
            items.Enqueue(x);
            Monitor.PulseAll(items);
        }
    }

    public int Take()
    {
        lock (items) {
            while (items.Count == 0)
                Monitor.Wait(items);
            int x = items.Dequeue();
            Monitor.PulseAll(items);
            return x;
        }
    }
}

class ThreadWaitPulse
{
    static readonly object turn = new object();
    static int whose; // 0: ping, 1: pong
    static List<string> log = new List<string>();

    static void Player(int me, string word)
    {
        for (int i = 0; i < 5; i++) {
            lock (turn) {
                while (whose != me)
                    Monitor.Wait(turn);
                log.Add(word + i);
                whose = 1 - me;
                Monitor.Pulse(turn);
            }
        }
    }

    static void Main()
    {
        // producers and consumers through a queue of 4
        BoundedQueue q = new BoundedQueue(4);
        long[] sums = new long[3];
        Thread[] consumers = new Thread[3];
        for (int c = 0; c < 3; c++) {
            int k = c;
            consumers[c] = new Thread(() => {
                for (int i = 0; i < 2000; i++)
                    sums[k] += q.Take();
            });
            consumers[c].Start();
        }
        Thread[] producers = new Thread[2];
        for (int p = 0; p < 2; p++) {
            int k = p;
            producers[p] = new Thread(() => {
                for (int i = 1; i <= 3000; i++)
                    q.Put(i + k * 3000);
            });
            producers[p].Start();
        }
        foreach (Thread t in producers)
            t.Join();
        foreach (Thread t in consumers)
            t.Join();
        Console.WriteLine("queue total " + (sums[0] + sums[1] + sums[2]) + " expected " + (6000L * 6001 / 2));

        // strict alternation with Pulse
        Thread ping = new Thread(() => Player(0, "ping"));
        Thread pong = new Thread(() => Player(1, "pong"));
        pong.Start();
        ping.Start();
        ping.Join();
        pong.Join();
        Console.WriteLine(string.Join(" ", log.ToArray()));

        // PulseAll releases every waiter
        object gate = new object();
        int waiting = 0, woken = 0;
        bool open = false;
        Thread[] waiters = new Thread[5];
        for (int i = 0; i < waiters.Length; i++) {
            waiters[i] = new Thread(() => {
                lock (gate) {
                    waiting++;
                    Monitor.PulseAll(gate);
                    while (!open)
                        Monitor.Wait(gate);
                    woken++;
                }
            });
            waiters[i].Start();
        }
        lock (gate) {
            while (waiting < waiters.Length)
                Monitor.Wait(gate);
            open = true;
            Monitor.PulseAll(gate);
        }
        foreach (Thread t in waiters)
            t.Join();
        Console.WriteLine("woken " + woken);

        // Wait with a timeout: nobody pulses; the lock is held again afterwards, at the same depth
        object alone = new object();
        lock (alone) {
            lock (alone) {
                Console.WriteLine("wait(10) " + Monitor.Wait(alone, 10) + " entered " + Monitor.IsEntered(alone));
                Console.WriteLine("wait(timespan) " + Monitor.Wait(alone, TimeSpan.FromMilliseconds(1)));
            }
            Console.WriteLine("still entered " + Monitor.IsEntered(alone));
        }
        // a pulse with nobody waiting is lost
        lock (alone) {
            Monitor.Pulse(alone);
            Console.WriteLine("wait after lost pulse " + Monitor.Wait(alone, 5));
        }

        // Wait returning true when pulsed in time
        object bell = new object();
        bool rang = false;
        bool result = false;
        Thread listener = new Thread(() => {
            lock (bell) {
                rang = true;
                Monitor.Pulse(bell);
                result = Monitor.Wait(bell, 60000);
            }
        });
        lock (bell) {
            listener.Start();
            while (!rang)
                Monitor.Wait(bell);
            Monitor.Pulse(bell);
        }
        listener.Join();
        Console.WriteLine("pulsed in time " + result);

        try { Monitor.Wait(new object()); } catch (SynchronizationLockException e) { Console.WriteLine("wait unheld: " + e.Message); }
        try { Monitor.Pulse(new object()); } catch (SynchronizationLockException e) { Console.WriteLine("pulse unheld: " + e.Message); }
        try { Monitor.PulseAll(new object()); } catch (SynchronizationLockException e) { Console.WriteLine("pulseall unheld: " + e.Message); }
        try { lock (alone) Monitor.Wait(alone, -3); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("wait(-3): " + e.ParamName); }
    }
}

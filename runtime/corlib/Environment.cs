// Environment.cs — System.Environment and System.GC: what a program can ask about
// its process (tick count, command line, exit code, variables) and the collector.
// The C side is runtime/env.c.
using System.Runtime.CompilerServices;

namespace System
{
    public static class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetTickCount();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] GetArgs();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetExitCode();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetExitCode(int code);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ExitCore(int exitCode);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetVariable(string name);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetProcessorCount();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetCwd();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetMachineName();

        // Milliseconds since boot, wrapping like .NET's 32-bit counter.
        public static int TickCount
        {
            get { return GetTickCount(); }
        }

        public static long TickCount64
        {
            get { return (long)(Diagnostics.Stopwatch.GetTimestamp() / 10000); }
        }

        public static string NewLine
        {
            get { return "\n"; }
        }

        public static int ExitCode
        {
            get { return GetExitCode(); }
            set { SetExitCode(value); }
        }

        // Flushes the console and ends the process now.
        public static void Exit(int exitCode)
        {
            ExitCore(exitCode);
        }

        public static void FailFast(string message)
        {
            Console.Error.WriteLine(message);
            ExitCore(134);
        }

        public static string[] GetCommandLineArgs()
        {
            return GetArgs();
        }

        public static string CommandLine
        {
            get { return String.Join(" ", GetArgs()); }
        }

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null)
                throw new ArgumentNullException("variable");
            return GetVariable(variable);
        }

        public static int ProcessorCount
        {
            get { return GetProcessorCount(); }
        }

        public static bool Is64BitProcess
        {
            get { return true; }
        }

        public static bool Is64BitOperatingSystem
        {
            get { return true; }
        }

        public static string CurrentDirectory
        {
            get { return GetCwd(); }
        }

        public static string MachineName
        {
            get { return GetMachineName(); }
        }

        public static int CurrentManagedThreadId
        {
            get { return 1; }
        }

        public static bool HasShutdownStarted
        {
            get { return false; }
        }

        // The calling thread's managed frames, innermost first, as Exception.StackTrace
        // writes them ("   at Ns.Type.Method(params)"), this getter's own frame first, as on
        // Mono and .NET: it keeps its frame (NoInlining) and does not end in a tail call
        // (its result is tested), which optimised code could turn into a jump.
        public static string StackTrace
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            get
            {
                string trace = GetStackTraceText();
                return trace ?? String.Empty;
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetStackTraceText();
    }

    public static class GC
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CollectCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTotalMemoryCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetCollectionCount();

        public static int MaxGeneration
        {
            get { return 0; }
        }

        public static void Collect()
        {
            CollectCore();
        }

        public static void Collect(int generation)
        {
            CollectCore();
        }

        // Boehm's collector has one generation: every collection counts for all.
        public static int CollectionCount(int generation)
        {
            if (generation < 0)
                throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            return GetCollectionCount();
        }

        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection)
                CollectCore();
            return GetTotalMemoryCore();
        }

        public static int GetGeneration(object obj)
        {
            return 0;
        }

        public static void KeepAlive(object obj)
        {
        }

        public static void SuppressFinalize(object obj)
        {
        }

        public static void ReRegisterForFinalize(object obj)
        {
        }

        public static void WaitForPendingFinalizers()
        {
        }
    }
}

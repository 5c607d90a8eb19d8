// Console.cs — System.Console: standard output, error and input.
//
// Output goes through a TextWriter (Console.Out) so that SetOut redirection works;
// the default writers send text to runtime/console.c, which converts UTF-16 to
// UTF-8 into a large buffer and writes it out when full, at exit (rt_console_flush)
// or before reading input. Standard error is flushed after every write, as .NET's
// autoflushing Console.Error is.
using System.IO;
using System.Runtime.CompilerServices;

namespace System
{
    public enum ConsoleColor
    {
        Black = 0, DarkBlue = 1, DarkGreen = 2, DarkCyan = 3, DarkRed = 4, DarkMagenta = 5,
        DarkYellow = 6, Gray = 7, DarkGray = 8, Blue = 9, Green = 10, Cyan = 11, Red = 12,
        Magenta = 13, Yellow = 14, White = 15
    }

    public static class Console
    {
        private static TextWriter s_out;
        private static TextWriter s_error;
        private static TextReader s_in;

        // ---- internal calls (runtime/console.c); stream 1 = stdout, 2 = stderr ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteString(int stream, string value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteLineCore(int stream, string value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteChar(int stream, char value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteChars(int stream, char[] buffer, int index, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void FlushStream(int stream);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ReadLineCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ReadCore(bool peek);

        // ---- streams ----

        public static TextWriter Out
        {
            get
            {
                if (s_out == null)
                    s_out = new ConsoleWriter(1);
                return s_out;
            }
        }

        public static TextWriter Error
        {
            get
            {
                if (s_error == null)
                    s_error = new ConsoleWriter(2);
                return s_error;
            }
        }

        public static TextReader In
        {
            get
            {
                if (s_in == null)
                    s_in = new ConsoleReader();
                return s_in;
            }
        }

        public static void SetOut(TextWriter newOut)
        {
            if (newOut == null)
                throw new ArgumentNullException("newOut");
            FlushStream(1);
            s_out = newOut;
        }

        public static void SetError(TextWriter newError)
        {
            if (newError == null)
                throw new ArgumentNullException("newError");
            s_error = newError;
        }

        public static void SetIn(TextReader newIn)
        {
            if (newIn == null)
                throw new ArgumentNullException("newIn");
            s_in = newIn;
        }

        public static bool IsOutputRedirected
        {
            get { return true; }
        }

        public static bool IsInputRedirected
        {
            get { return true; }
        }

        public static bool IsErrorRedirected
        {
            get { return true; }
        }

        // ---- input ----

        public static string ReadLine()
        {
            return In.ReadLine();
        }

        public static int Read()
        {
            return In.Read();
        }

        // ---- colours and the window: no terminal control, as Mono when redirected ----

        public static ConsoleColor ForegroundColor
        {
            get { return ConsoleColor.Gray; }
            set { }
        }

        public static ConsoleColor BackgroundColor
        {
            get { return ConsoleColor.Black; }
            set { }
        }

        public static void ResetColor()
        {
        }

        public static void Clear()
        {
        }

        public static string Title
        {
            get { return String.Empty; }
            set { }
        }

        public static bool CursorVisible
        {
            get { return true; }
            set { }
        }

        public static int WindowWidth
        {
            get { return 80; }
            set { }
        }

        public static int WindowHeight
        {
            get { return 24; }
            set { }
        }

        public static int BufferWidth
        {
            get { return 80; }
            set { }
        }

        // ---- output ----

        public static void WriteLine()
        {
            Out.WriteLine();
        }

        public static void Write(bool value)
        {
            Out.Write(value);
        }

        public static void WriteLine(bool value)
        {
            Out.WriteLine(value);
        }

        public static void Write(char value)
        {
            Out.Write(value);
        }

        public static void WriteLine(char value)
        {
            Out.WriteLine(value);
        }

        public static void Write(char[] value)
        {
            Out.Write(value);
        }

        public static void WriteLine(char[] value)
        {
            Out.WriteLine(value);
        }

        public static void Write(int value)
        {
            Out.Write(value);
        }

        public static void WriteLine(int value)
        {
            Out.WriteLine(value);
        }

        public static void Write(uint value)
        {
            Out.Write(value);
        }

        public static void WriteLine(uint value)
        {
            Out.WriteLine(value);
        }

        public static void Write(long value)
        {
            Out.Write(value);
        }

        public static void WriteLine(long value)
        {
            Out.WriteLine(value);
        }

        public static void Write(ulong value)
        {
            Out.Write(value);
        }

        public static void WriteLine(ulong value)
        {
            Out.WriteLine(value);
        }

        public static void Write(float value)
        {
            Out.Write(value);
        }

        public static void WriteLine(float value)
        {
            Out.WriteLine(value);
        }

        public static void Write(double value)
        {
            Out.Write(value);
        }

        public static void WriteLine(double value)
        {
            Out.WriteLine(value);
        }

        public static void Write(decimal value)
        {
            Out.Write(value);
        }

        public static void WriteLine(decimal value)
        {
            Out.WriteLine(value);
        }

        public static void Write(object value)
        {
            Out.Write(value);
        }

        public static void WriteLine(object value)
        {
            Out.WriteLine(value);
        }

        public static void Write(string value)
        {
            Out.Write(value);
        }

        public static void WriteLine(string value)
        {
            Out.WriteLine(value);
        }

        public static void Write(char[] buffer, int index, int count)
        {
            Out.Write(buffer, index, count);
        }

        public static void Write(string format, object arg0)
        {
            Out.Write(format, arg0);
        }

        public static void Write(string format, object arg0, object arg1)
        {
            Out.Write(format, arg0, arg1);
        }

        public static void Write(string format, object arg0, object arg1, object arg2)
        {
            Out.Write(format, arg0, arg1, arg2);
        }

        public static void Write(string format, object arg0, object arg1, object arg2, object arg3)
        {
            object[] args = new object[4];
            args[0] = arg0;
            args[1] = arg1;
            args[2] = arg2;
            args[3] = arg3;
            Out.Write(format, args);
        }

        public static void Write(string format, params object[] arg)
        {
            if (arg == null)
                Out.Write(format, null, null);
            else
                Out.Write(format, arg);
        }

        public static void WriteLine(char[] buffer, int index, int count)
        {
            Out.WriteLine(buffer, index, count);
        }

        public static void WriteLine(string format, object arg0)
        {
            Out.WriteLine(format, arg0);
        }

        public static void WriteLine(string format, object arg0, object arg1)
        {
            Out.WriteLine(format, arg0, arg1);
        }

        public static void WriteLine(string format, object arg0, object arg1, object arg2)
        {
            Out.WriteLine(format, arg0, arg1, arg2);
        }

        public static void WriteLine(string format, object arg0, object arg1, object arg2, object arg3)
        {
            object[] args = new object[4];
            args[0] = arg0;
            args[1] = arg1;
            args[2] = arg2;
            args[3] = arg3;
            Out.WriteLine(format, args);
        }

        public static void WriteLine(string format, params object[] arg)
        {
            if (arg == null)
                Out.WriteLine(format, null, null);
            else
                Out.WriteLine(format, arg);
        }
    }

    // The default Out and Error: three primitives straight to the runtime, and the
    // common WriteLine(string) in one call.
    internal sealed class ConsoleWriter : TextWriter
    {
        private int stream;

        internal ConsoleWriter(int stream)
        {
            this.stream = stream;
        }

        public override System.Text.Encoding Encoding
        {
            get { return System.IO.File.UTF8NoBOM; }
        }

        public override void Write(char value)
        {
            Console.WriteChar(stream, value);
        }

        public override void Write(string value)
        {
            Console.WriteString(stream, value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0 || buffer.Length - index < count)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            Console.WriteChars(stream, buffer, index, count);
        }

        public override void WriteLine()
        {
            Console.WriteChar(stream, '\n');
        }

        // A line is one call, so that threads writing lines at once never mix them (.NET's
        // Console is synchronized the same way).
        public override void WriteLine(string value)
        {
            Console.WriteLineCore(stream, value);
        }

        public override void WriteLine(object value)
        {
            IFormattable f = value as IFormattable;
            WriteLine(value == null ? null : f != null ? f.ToString(null, FormatProvider) : value.ToString());
        }

        public override void WriteLine(char value)
        {
            WriteLine(value.ToString());
        }

        public override void Flush()
        {
            Console.FlushStream(stream);
        }
    }

    internal sealed class ConsoleReader : TextReader
    {
        public override int Read()
        {
            return Console.ReadCore(false);
        }

        public override int Peek()
        {
            return Console.ReadCore(true);
        }

        public override string ReadLine()
        {
            return Console.ReadLineCore();
        }
    }
}

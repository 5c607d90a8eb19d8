// TextWriter.cs — System.IO.TextWriter/TextReader and their string-backed
// versions (StringWriter, StringReader), plus MarshalByRefObject, their base.
//
// Every Write overload funnels into Write(char), Write(string) or
// Write(char[], int, int); subclasses override those three (Console's writer sends
// them to runtime/console.c, StringWriter to a StringBuilder). WriteLine(x) is
// Write(x) followed by the newline, "\n" as on Unix.
using System.Text;

namespace System
{
    public abstract class MarshalByRefObject
    {
        protected MarshalByRefObject()
        {
        }
    }
}

namespace System.IO
{
    public abstract class TextWriter : MarshalByRefObject, IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine;

        protected TextWriter()
        {
            CoreNewLine = new char[] { '\n' };
        }

        protected TextWriter(IFormatProvider formatProvider) : this()
        {
        }

        public virtual IFormatProvider FormatProvider
        {
            get { return null; }
        }

        public abstract Encoding Encoding { get; }

        public virtual string NewLine
        {
            get { return new string(CoreNewLine); }
            set { CoreNewLine = (value ?? "\n").ToCharArray(); }
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        public void Dispose()
        {
            Dispose(true);
        }

        public virtual void Flush()
        {
        }

        // ---- the three primitives ----

        public abstract void Write(char value);

        public virtual void Write(string value)
        {
            if (value == null)
                return;
            for (int i = 0; i < value.Length; i++)
                Write(value[i]);
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0 || buffer.Length - index < count)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            for (int i = 0; i < count; i++)
                Write(buffer[index + i]);
        }

        // ---- everything else ----

        public virtual void Write(char[] buffer)
        {
            if (buffer != null)
                Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(object value)
        {
            if (value == null)
                return;
            IFormattable f = value as IFormattable;
            Write(f != null ? f.ToString(null, FormatProvider) : value.ToString());
        }

        public virtual void Write(string format, object arg0)
        {
            Write(String.Format(format, arg0));
        }

        public virtual void Write(string format, object arg0, object arg1)
        {
            Write(String.Format(format, arg0, arg1));
        }

        public virtual void Write(string format, object arg0, object arg1, object arg2)
        {
            Write(String.Format(format, arg0, arg1, arg2));
        }

        public virtual void Write(string format, params object[] arg)
        {
            Write(String.Format(format, arg));
        }

        public virtual void WriteLine()
        {
            Write(CoreNewLine, 0, CoreNewLine.Length);
        }

        public virtual void WriteLine(string value)
        {
            Write(value);
            WriteLine();
        }

        public virtual void WriteLine(char value)
        {
            Write(value);
            WriteLine();
        }

        public virtual void WriteLine(char[] buffer)
        {
            Write(buffer);
            WriteLine();
        }

        public virtual void WriteLine(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            WriteLine();
        }

        public virtual void WriteLine(object value)
        {
            Write(value);
            WriteLine();
        }

        public virtual void WriteLine(string format, object arg0)
        {
            WriteLine(String.Format(format, arg0));
        }

        public virtual void WriteLine(string format, object arg0, object arg1)
        {
            WriteLine(String.Format(format, arg0, arg1));
        }

        public virtual void WriteLine(string format, object arg0, object arg1, object arg2)
        {
            WriteLine(String.Format(format, arg0, arg1, arg2));
        }

        public virtual void WriteLine(string format, params object[] arg)
        {
            WriteLine(String.Format(format, arg));
        }

        public virtual void Write(bool value)
        {
            Write(value ? "True" : "False");
        }

        public virtual void WriteLine(bool value)
        {
            WriteLine(value ? "True" : "False");
        }

        public virtual void Write(int value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(int value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(uint value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(uint value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(long value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(long value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(ulong value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(ulong value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(float value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(float value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(double value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(double value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(decimal value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(decimal value)
        {
            WriteLine(value.ToString());
        }
    }

    internal sealed class NullTextWriter : TextWriter
    {
        public override Encoding Encoding
        {
            get { return Encoding.Default; }
        }

        public override void Write(char value)
        {
        }

        public override void Write(string value)
        {
        }

        public override void Write(char[] buffer, int index, int count)
        {
        }
    }

    public class StringWriter : TextWriter
    {
        private StringBuilder sb;

        public StringWriter() : this(new StringBuilder())
        {
        }

        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder())
        {
        }

        public StringWriter(StringBuilder sb)
        {
            if (sb == null)
                throw new ArgumentNullException("sb");
            this.sb = sb;
        }

        public override Encoding Encoding
        {
            get { return Encoding.Unicode; }
        }

        public virtual StringBuilder GetStringBuilder()
        {
            return sb;
        }

        public override void Write(char value)
        {
            sb.Append(value);
        }

        public override void Write(string value)
        {
            sb.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            sb.Append(buffer, index, count);
        }

        public override string ToString()
        {
            return sb.ToString();
        }
    }

    public abstract class TextReader : MarshalByRefObject, IDisposable
    {
        protected TextReader()
        {
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        public virtual int Peek()
        {
            return -1;
        }

        public virtual int Read()
        {
            return -1;
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0 || buffer.Length - index < count)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            int n = 0;
            while (n < count)
            {
                int c = Read();
                if (c < 0)
                    break;
                buffer[index + n] = (char)c;
                n++;
            }
            return n;
        }

        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            return Read(buffer, index, count);
        }

        // Lines end at "\n", "\r" or "\r\n"; null once the input is exhausted.
        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int c = Read();
                if (c < 0)
                    return sb.Length > 0 ? sb.ToString() : null;
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && Peek() == '\n')
                        Read();
                    return sb.ToString();
                }
                sb.Append((char)c);
            }
        }

        public virtual string ReadToEnd()
        {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = Read()) >= 0)
                sb.Append((char)c);
            return sb.ToString();
        }
    }

    public class StringReader : TextReader
    {
        private string s;
        private int pos;

        public StringReader(string s)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            this.s = s;
        }

        public override int Peek()
        {
            return pos < s.Length ? s[pos] : -1;
        }

        public override int Read()
        {
            return pos < s.Length ? s[pos++] : -1;
        }

        public override string ReadToEnd()
        {
            string rest = s.Substring(pos);
            pos = s.Length;
            return rest;
        }
    }
}

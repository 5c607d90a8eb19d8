// StringBuilder.cs — System.Text.StringBuilder over one growable char[] (not .NET's
// chunk list: simpler, and amortised doubling is just as fast for appends).
//
// Also home of the composite-format engine (AppendFormatHelper) that String.Format
// and Console.WriteLine(format, ...) share: "{index[,alignment][:format]}" with
// "{{"/"}}" escapes, arguments formatted through IFormattable when they implement it.
using System.Runtime.CompilerServices;

namespace System.Text
{
    public sealed class StringBuilder
    {
        private char[] chars;
        private int length;
        private int maxCapacity;

        public StringBuilder() : this(16)
        {
        }

        public StringBuilder(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            chars = new char[capacity > 0 ? capacity : 16];
            maxCapacity = Int32.MaxValue;
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity)
        {
            if (maxCapacity < 1 || capacity > maxCapacity)
                throw new ArgumentOutOfRangeException("maxCapacity", "MaxCapacity must be one or greater.");
            this.maxCapacity = maxCapacity;
        }

        public StringBuilder(string value) : this(value, 16)
        {
        }

        public StringBuilder(string value, int capacity) : this(Math.Max(capacity, value == null ? 0 : value.Length))
        {
            Append(value);
        }

        public StringBuilder(string value, int startIndex, int length, int capacity) : this(Math.Max(capacity, length))
        {
            Append(value, startIndex, length);
        }

        // ---- size ----

        public int Length
        {
            get { return length; }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                EnsureCapacity(value);
                for (int i = length; i < value; i++)
                    chars[i] = '\0';
                length = value;
            }
        }

        public int Capacity
        {
            get { return chars.Length; }
            set
            {
                if (value < length)
                    throw new ArgumentOutOfRangeException("value", "Capacity cannot be less than the current size.");
                Resize(value);
            }
        }

        public int MaxCapacity
        {
            get { return maxCapacity; }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (capacity > chars.Length)
                Resize(Math.Max(capacity, chars.Length * 2));
            return chars.Length;
        }

        private void Resize(int capacity)
        {
            char[] bigger = new char[capacity > 0 ? capacity : 1];
            Array.Copy(chars, bigger, length);
            chars = bigger;
        }

        // Makes room for `extra` more chars and returns where they go.
        private int Grow(int extra)
        {
            int needed = length + extra;
            if (needed > chars.Length)
                Resize(Math.Max(needed, chars.Length * 2));
            int at = length;
            length = needed;
            return at;
        }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)length)
                    throw new IndexOutOfRangeException();
                return chars[index];
            }
            set
            {
                if ((uint)index >= (uint)length)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                chars[index] = value;
            }
        }

        public StringBuilder Clear()
        {
            length = 0;
            return this;
        }

        // ---- Append ----

        public StringBuilder Append(string value)
        {
            if (value == null)
                return this;
            int n = value.Length;
            if (n == 1)
                return Append(value[0]);
            int at = Grow(n);
            String.CopyToArray(value, 0, chars, at, n);
            return this;
        }

        public StringBuilder Append(char value)
        {
            if (length == chars.Length)
                Resize(chars.Length * 2);
            chars[length] = value;
            length++;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0)
                    return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex > value.Length - count)
                throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            int at = Grow(count);
            String.CopyToArray(value, startIndex, chars, at, count);
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0)
                throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            int at = Grow(repeatCount);
            for (int i = 0; i < repeatCount; i++)
                chars[at + i] = value;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null)
                return this;
            return Append(value, 0, value.Length);
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "Value must be positive.");
            if (charCount < 0)
                throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex)
                throw new ArgumentOutOfRangeException("charCount", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int at = Grow(charCount);
            Array.Copy(value, startIndex, chars, at, charCount);
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value == null)
                return this;
            return Append(value.chars, 0, value.length);
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0)
                    return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex < 0 || count < 0 || startIndex > value.length - count)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(value.chars, startIndex, count);
        }

        public StringBuilder Append(bool value)
        {
            return Append(value ? "True" : "False");
        }

        public StringBuilder Append(sbyte value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(byte value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(short value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(ushort value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(int value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(uint value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(long value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(ulong value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(float value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(decimal value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(double value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(object value)
        {
            if (value == null)
                return this;
            return Append(value.ToString());
        }

        public StringBuilder AppendLine()
        {
            return Append('\n');
        }

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append('\n');
        }

        public StringBuilder AppendJoin(string separator, params string[] values)
        {
            return Append(String.Join(separator, values));
        }

        public StringBuilder AppendJoin(string separator, params object[] values)
        {
            return Append(String.Join(separator, values));
        }

        public StringBuilder AppendJoin(char separator, params string[] values)
        {
            return Append(String.Join(separator, values));
        }

        public StringBuilder AppendJoin(char separator, params object[] values)
        {
            return Append(String.Join(separator, values));
        }

        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            return Append(String.Join<T>(separator, values));
        }

        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values)
        {
            return Append(String.Join<T>(separator.ToString(), values));
        }

        // ---- AppendFormat ----

        public StringBuilder AppendFormat(string format, object arg0)
        {
            object[] args = new object[1];
            args[0] = arg0;
            return AppendFormatHelper(null, format, args);
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1)
        {
            object[] args = new object[2];
            args[0] = arg0;
            args[1] = arg1;
            return AppendFormatHelper(null, format, args);
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)
        {
            object[] args = new object[3];
            args[0] = arg0;
            args[1] = arg1;
            args[2] = arg2;
            return AppendFormatHelper(null, format, args);
        }

        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatHelper(null, format, args);
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0)
        {
            return AppendFormat(format, arg0);
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1)
        {
            return AppendFormat(format, arg0, arg1);
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2)
        {
            return AppendFormat(format, arg0, arg1, arg2);
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            return AppendFormat(format, args);
        }

        private static void FormatError()
        {
            throw new FormatException("Input string was not in a correct format.");
        }

        // The parser of .NET's StringBuilder.AppendFormat, item by item.
        internal StringBuilder AppendFormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null)
                throw new ArgumentNullException("format");
            int pos = 0;
            int len = format.Length;
            while (true)
            {
                pos = AppendLiteralPart(format, pos);
                if (pos == len)
                    break;
                pos = AppendFormatItem(provider, format, pos, args);
            }
            return this;
        }

        // Copies text up to the next unescaped '{'; returns its position (or the end).
        private int AppendLiteralPart(string format, int pos)
        {
            int len = format.Length;
            while (pos < len)
            {
                char ch = format[pos];
                pos++;
                if (ch == '}')
                {
                    if (pos < len && format[pos] == '}')
                        pos++;
                    else
                        FormatError();
                }
                else if (ch == '{')
                {
                    if (pos < len && format[pos] == '{')
                        pos++;
                    else
                        return pos - 1;
                }
                Append(ch);
            }
            return pos;
        }

        // Formats one "{index[,alignment][:format]}" item starting at the '{'.
        private int AppendFormatItem(IFormatProvider provider, string format, int pos, object[] args)
        {
            int len = format.Length;
            pos++;
            char ch = '\0';
            if (pos == len || (ch = format[pos]) < '0' || ch > '9')
                FormatError();
            int index = 0;
            do
            {
                index = index * 10 + ch - '0';
                pos++;
                if (pos == len)
                    FormatError();
                ch = format[pos];
            } while (ch >= '0' && ch <= '9' && index < 1000000);
            if (index >= args.Length)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            while (pos < len && (ch = format[pos]) == ' ')
                pos++;
            bool leftJustify = false;
            int width = 0;
            if (ch == ',')
            {
                pos++;
                while (pos < len && format[pos] == ' ')
                    pos++;
                if (pos == len)
                    FormatError();
                ch = format[pos];
                if (ch == '-')
                {
                    leftJustify = true;
                    pos++;
                    if (pos == len)
                        FormatError();
                    ch = format[pos];
                }
                if (ch < '0' || ch > '9')
                    FormatError();
                do
                {
                    width = width * 10 + ch - '0';
                    pos++;
                    if (pos == len)
                        FormatError();
                    ch = format[pos];
                } while (ch >= '0' && ch <= '9' && width < 1000000);
            }
            while (pos < len && (ch = format[pos]) == ' ')
                pos++;
            string itemFormat = null;
            if (ch == ':')
            {
                pos++;
                int start = pos;
                StringBuilder fmt = null;
                while (true)
                {
                    if (pos == len)
                        FormatError();
                    ch = format[pos];
                    pos++;
                    if (ch == '{')
                    {
                        if (pos < len && format[pos] == '{')
                            pos++;
                        else
                            FormatError();
                    }
                    else if (ch == '}')
                    {
                        if (pos < len && format[pos] == '}')
                            pos++;
                        else
                        {
                            pos--;
                            break;
                        }
                    }
                    if (fmt == null)
                        fmt = new StringBuilder();
                    fmt.Append(ch);
                }
                if (fmt != null)
                    itemFormat = fmt.ToString();
                else if (pos > start)
                    itemFormat = format.Substring(start, pos - start);
            }
            if (ch != '}')
                FormatError();
            pos++;
            AppendPadded(FormatArgument(args[index], itemFormat, provider), width, leftJustify);
            return pos;
        }

        private static string FormatArgument(object arg, string itemFormat, IFormatProvider provider)
        {
            if (arg == null)
                return String.Empty;
            IFormattable formattable = arg as IFormattable;
            string s = formattable != null ? formattable.ToString(itemFormat, provider) : arg.ToString();
            return s ?? String.Empty;
        }

        private void AppendPadded(string s, int width, bool leftJustify)
        {
            int pad = width - s.Length;
            if (!leftJustify && pad > 0)
                Append(' ', pad);
            Append(s);
            if (leftJustify && pad > 0)
                Append(' ', pad);
        }

        // ---- Insert, Remove, Replace ----

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)length)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0)
                return this;
            int n = value.Length;
            Grow(n);
            Array.Copy(chars, index, chars, index + n, length - n - index);
            String.CopyToArray(value, 0, chars, index, n);
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            for (int i = 0; i < count; i++)
                Insert(index, value);
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            return Insert(index, new string(value, 1));
        }

        public StringBuilder Insert(int index, char[] value)
        {
            if (value == null)
                return Insert(index, (string)null);
            return Insert(index, new string(value));
        }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw new ArgumentNullException("value");
            }
            return Insert(index, new string(value, startIndex, charCount));
        }

        public StringBuilder Insert(int index, bool value)
        {
            return Insert(index, value ? "True" : "False");
        }

        public StringBuilder Insert(int index, sbyte value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, byte value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, short value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, ushort value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, int value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, uint value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, long value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, ulong value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, float value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, double value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, object value)
        {
            if (value == null)
                return this;
            return Insert(index, value.ToString());
        }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length > this.length - startIndex)
                throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(chars, startIndex + length, chars, startIndex, this.length - startIndex - length);
            this.length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            return Replace(oldChar, newChar, 0, length);
        }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > length - count)
                throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (chars[i] == oldChar)
                    chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            return Replace(oldValue, newValue, 0, length);
        }

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (oldValue == null)
                throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0)
                throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if ((uint)startIndex > (uint)length || count < 0 || startIndex > length - count)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            string before = new string(chars, 0, startIndex);
            string middle = new string(chars, startIndex, count).Replace(oldValue, newValue);
            string after = new string(chars, startIndex + count, length - startIndex - count);
            length = 0;
            Append(before);
            Append(middle);
            Append(after);
            return this;
        }

        // ---- output ----

        public override string ToString()
        {
            return String.FromChars(chars, 0, length);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > this.length - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return String.FromChars(chars, startIndex, length);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null)
                throw new ArgumentNullException("destination");
            if (count < 0 || sourceIndex < 0 || sourceIndex > length - count)
                throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(chars, sourceIndex, destination, destinationIndex, count);
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.length != length)
                return false;
            for (int i = 0; i < length; i++)
                if (chars[i] != sb.chars[i])
                    return false;
            return true;
        }
    }
}

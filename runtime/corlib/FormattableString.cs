// FormattableString.cs — what C# makes of an interpolated string typed as
// FormattableString or IFormattable: the format and its arguments, formatted on request.
// mcs calls FormattableStringFactory.Create(format, args).
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class FormattableString : IFormattable
    {
        public abstract string Format { get; }
        public abstract int ArgumentCount { get; }
        public abstract object[] GetArguments();
        public abstract object GetArgument(int index);
        public abstract string ToString(IFormatProvider formatProvider);

        string IFormattable.ToString(string ignored, IFormatProvider formatProvider)
        {
            return ToString(formatProvider);
        }

        public override string ToString()
        {
            return ToString(null);
        }

        public static string Invariant(FormattableString formattable)
        {
            if (formattable == null)
                throw new ArgumentNullException("formattable");
            return formattable.ToString(null);
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public static class FormattableStringFactory
    {
        public static FormattableString Create(string format, params object[] arguments)
        {
            if (format == null)
                throw new ArgumentNullException("format");
            if (arguments == null)
                throw new ArgumentNullException("arguments");
            return new ConcreteFormattableString(format, arguments);
        }

        sealed class ConcreteFormattableString : FormattableString
        {
            readonly string format;
            readonly object[] arguments;

            internal ConcreteFormattableString(string format, object[] arguments)
            {
                this.format = format;
                this.arguments = arguments;
            }

            public override string Format { get { return format; } }
            public override int ArgumentCount { get { return arguments.Length; } }
            public override object[] GetArguments() { return arguments; }
            public override object GetArgument(int index) { return arguments[index]; }

            public override string ToString(IFormatProvider formatProvider)
            {
                return string.Format(formatProvider, format, arguments);
            }
        }
    }
}

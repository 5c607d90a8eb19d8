// Globalization.cs — System.Globalization as far as ilc goes: one culture, the
// invariant one. CultureInfo and NumberFormatInfo exist so that programs passing
// CultureInfo.InvariantCulture (the usual way to get culture-independent output)
// compile and bind; every provider is ignored by the formatting code.
namespace System.Globalization
{
    [Flags]
    public enum NumberStyles
    {
        None = 0,
        AllowLeadingWhite = 1,
        AllowTrailingWhite = 2,
        AllowLeadingSign = 4,
        AllowTrailingSign = 8,
        AllowParentheses = 16,
        AllowDecimalPoint = 32,
        AllowThousands = 64,
        AllowExponent = 128,
        AllowCurrencySymbol = 256,
        AllowHexSpecifier = 512,
        Integer = 7,
        HexNumber = 515,
        Number = 111,
        Float = 167,
        Currency = 383,
        Any = 511
    }

    public enum UnicodeCategory
    {
        UppercaseLetter = 0,
        LowercaseLetter = 1,
        TitlecaseLetter = 2,
        ModifierLetter = 3,
        OtherLetter = 4,
        NonSpacingMark = 5,
        SpacingCombiningMark = 6,
        EnclosingMark = 7,
        DecimalDigitNumber = 8,
        LetterNumber = 9,
        OtherNumber = 10,
        SpaceSeparator = 11,
        LineSeparator = 12,
        ParagraphSeparator = 13,
        Control = 14,
        Format = 15,
        Surrogate = 16,
        PrivateUse = 17,
        ConnectorPunctuation = 18,
        DashPunctuation = 19,
        OpenPunctuation = 20,
        ClosePunctuation = 21,
        InitialQuotePunctuation = 22,
        FinalQuotePunctuation = 23,
        OtherPunctuation = 24,
        MathSymbol = 25,
        CurrencySymbol = 26,
        ModifierSymbol = 27,
        OtherSymbol = 28,
        OtherNotAssigned = 29
    }

    [Flags]
    public enum CompareOptions
    {
        None = 0,
        IgnoreCase = 1,
        IgnoreNonSpace = 2,
        IgnoreSymbols = 4,
        IgnoreKanaType = 8,
        IgnoreWidth = 16,
        OrdinalIgnoreCase = 268435456,
        StringSort = 536870912,
        Ordinal = 1073741824
    }

    public class CultureInfo : IFormatProvider
    {
        private static CultureInfo invariant;
        private string name;

        public CultureInfo(string name)
        {
            this.name = name ?? "";
        }

        public CultureInfo(string name, bool useUserOverride) : this(name)
        {
        }

        private static CultureInfo Invariant()
        {
            if (invariant == null)
                invariant = new CultureInfo("");
            return invariant;
        }

        public static CultureInfo InvariantCulture
        {
            get { return Invariant(); }
        }

        public static CultureInfo CurrentCulture
        {
            get { return Invariant(); }
            set { }
        }

        public static CultureInfo CurrentUICulture
        {
            get { return Invariant(); }
            set { }
        }

        public static CultureInfo GetCultureInfo(string name)
        {
            return new CultureInfo(name);
        }

        public virtual string Name
        {
            get { return name; }
        }

        public virtual string DisplayName
        {
            get { return name.Length == 0 ? "Invariant Language (Invariant Country)" : name; }
        }

        public virtual NumberFormatInfo NumberFormat
        {
            get { return NumberFormatInfo.InvariantInfo; }
            set { }
        }

        public virtual object GetFormat(Type formatType)
        {
            return null;
        }

        public override string ToString()
        {
            return name;
        }
    }

    public sealed class NumberFormatInfo : IFormatProvider
    {
        private static NumberFormatInfo invariant;

        public NumberFormatInfo()
        {
        }

        public static NumberFormatInfo InvariantInfo
        {
            get
            {
                if (invariant == null)
                    invariant = new NumberFormatInfo();
                return invariant;
            }
        }

        public static NumberFormatInfo CurrentInfo
        {
            get { return InvariantInfo; }
        }

        public string NumberDecimalSeparator
        {
            get { return "."; }
            set { }
        }

        public string NumberGroupSeparator
        {
            get { return ","; }
            set { }
        }

        public string NegativeSign
        {
            get { return "-"; }
            set { }
        }

        public string PositiveSign
        {
            get { return "+"; }
            set { }
        }

        public int NumberDecimalDigits
        {
            get { return 2; }
            set { }
        }

        public string CurrencySymbol
        {
            get { return "\u00a4"; }
            set { }
        }

        public string NaNSymbol
        {
            get { return "NaN"; }
        }

        public string PositiveInfinitySymbol
        {
            get { return "Infinity"; }
        }

        public string NegativeInfinitySymbol
        {
            get { return "-Infinity"; }
        }

        public object GetFormat(Type formatType)
        {
            return null;
        }
    }
}

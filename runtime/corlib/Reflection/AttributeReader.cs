// AttributeReader.cs — makes a custom attribute from its constructor and its arguments as
// the metadata encodes them (ECMA-335 II.23.3): the prolog, the constructor's arguments in
// order, then named properties to set. Arguments that name a type (typeof(T), an enum
// inside an `object`) and named fields are reported as not supported: ilc has no lookup of
// types by name nor reflection over fields.
using System.Reflection;

namespace System.Reflection
{
    internal sealed class AttributeReader
    {
        readonly byte[] blob;
        int pos;
        readonly string what;

        AttributeReader(byte[] blob, string what)
        {
            this.blob = blob;
            this.what = what;
        }

        internal static object Create(RuntimeMethodInfo ctor, byte[] blob)
        {
            RuntimeType type = (RuntimeType)ctor.DeclaringType;
            AttributeReader r = new AttributeReader(blob, type.FullName);
            if (r.U16() != 1)
                throw r.Invalid();
            ParameterInfo[] ps = ctor.GetParameters();
            object[] args = new object[ps.Length];
            for (int i = 0; i < ps.Length; i++)
                args[i] = r.Fixed(ps[i].ParameterType);
            object attribute = RuntimeType.Allocate(type.handle);
            Run(ctor, attribute, args);
            int named = r.U16();
            for (int k = 0; k < named; k++)
            {
                byte kind = r.U8();
                Type t = r.FieldOrPropType();
                string name = r.SerString();
                object value = r.Fixed(t);
                if (kind != 0x54)
                    throw new NotSupportedException("ilc cannot set field " + name + " of attribute " + type.FullName +
                                                    ": it has no reflection over fields.");
                MethodInfo setter = type.GetMethod("set_" + name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
                if (setter == null)
                    throw r.Invalid();
                Run(setter, attribute, new object[] { value });
            }
            return attribute;
        }

        // As .NET does, what the attribute's own code throws is not wrapped.
        static void Run(MethodInfo m, object target, object[] args)
        {
            try
            {
                m.Invoke(target, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException;
            }
        }

        Exception Invalid()
        {
            return new CustomAttributeFormatException("Binary format of the specified custom attribute was invalid.");
        }

        byte U8()
        {
            if (pos >= blob.Length)
                throw Invalid();
            return blob[pos++];
        }

        int U16()
        {
            return U8() | (U8() << 8);
        }

        int I32()
        {
            return U16() | (U16() << 16);
        }

        long I64()
        {
            return (uint)I32() | ((long)I32() << 32);
        }

        // A packed length (II.23.2) then UTF-8, or 0xFF for null.
        string SerString()
        {
            int b = U8();
            if (b == 0xFF)
                return null;
            int len;
            if ((b & 0x80) == 0)
                len = b;
            else if ((b & 0xC0) == 0x80)
                len = ((b & 0x3F) << 8) | U8();
            else
                len = ((b & 0x1F) << 24) | (U8() << 16) | (U8() << 8) | U8();
            if (len > blob.Length - pos)
                throw Invalid();
            System.Text.StringBuilder sb = new System.Text.StringBuilder(len);
            int end = pos + len;
            while (pos < end)
            {
                int c = blob[pos++], more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
                if (more > 0)
                    c &= 0x3F >> more;
                for (int i = 0; i < more; i++)
                {
                    if (pos >= end)
                        throw Invalid();
                    c = (c << 6) | (blob[pos++] & 0x3F);
                }
                if (c >= 0x10000)
                {
                    sb.Append((char)(0xD800 + ((c - 0x10000) >> 10)));
                    sb.Append((char)(0xDC00 + ((c - 0x10000) & 0x3FF)));
                }
                else
                {
                    sb.Append((char)c);
                }
            }
            return sb.ToString();
        }

        // The type of a named argument, or of a value passed as `object` (II.23.3).
        Type FieldOrPropType()
        {
            byte tag = U8();
            switch (tag)
            {
                case 0x02: return typeof(bool);
                case 0x03: return typeof(char);
                case 0x04: return typeof(sbyte);
                case 0x05: return typeof(byte);
                case 0x06: return typeof(short);
                case 0x07: return typeof(ushort);
                case 0x08: return typeof(int);
                case 0x09: return typeof(uint);
                case 0x0a: return typeof(long);
                case 0x0b: return typeof(ulong);
                case 0x0c: return typeof(float);
                case 0x0d: return typeof(double);
                case 0x0e: return typeof(string);
                case 0x51: return typeof(object);
                case 0x1d: return Array.CreateInstance(FieldOrPropType(), 0).GetType();
                case 0x50:
                case 0x55:
                    throw new NotSupportedException("ilc cannot make attribute " + what +
                                                    ": an argument names a type, and ilc cannot look types up by name.");
                default: throw Invalid();
            }
        }

        object Fixed(Type t)
        {
            if (t == typeof(object))
                return Fixed(FieldOrPropType());
            if (t.IsEnum)
                return Enum.ToObject(t, Fixed(Enum.GetUnderlyingType(t)));
            if (t.IsArray)
            {
                int n = I32();
                if (n == -1)
                    return null;
                Type e = t.GetElementType();
                Array a = Array.CreateInstance(e, n);
                for (int i = 0; i < n; i++)
                    a.SetValue(Fixed(e), i);
                return a;
            }
            switch (t.FullName)
            {
                case "System.Boolean": return U8() != 0;
                case "System.Char": return (char)U16();
                case "System.SByte": return (sbyte)U8();
                case "System.Byte": return U8();
                case "System.Int16": return (short)U16();
                case "System.UInt16": return (ushort)U16();
                case "System.Int32": return I32();
                case "System.UInt32": return (uint)I32();
                case "System.Int64": return I64();
                case "System.UInt64": return (ulong)I64();
                case "System.Single": return BitConverter.Int32BitsToSingle(I32());
                case "System.Double": return BitConverter.Int64BitsToDouble(I64());
                case "System.String": return SerString();
                case "System.Type":
                    throw new NotSupportedException("ilc cannot make attribute " + what +
                                                    ": an argument names a type, and ilc cannot look types up by name.");
                default: throw Invalid();
            }
        }
    }

    public class CustomAttributeFormatException : FormatException
    {
        public CustomAttributeFormatException() : base("Binary format of the specified custom attribute was invalid.")
        {
        }

        public CustomAttributeFormatException(string message) : base(message)
        {
        }

        public CustomAttributeFormatException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}

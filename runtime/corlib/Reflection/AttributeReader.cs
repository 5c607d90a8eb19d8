// AttributeReader.cs — makes a custom attribute from its constructor and its arguments as
// the metadata encodes them (ECMA-335 II.23.3): the prolog, the constructor's arguments in
// order, then named properties and fields to set. A type an argument names (typeof(T), an
// enum inside an `object`) is found by name (Type.GetType). The runtime hands over each
// attribute as a record (RtCustomAttribute): its constructor and its encoded arguments.
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

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

        // The attribute a record describes, or null when it is not an attributeType (null:
        // any). `owner` names what carries it, for the message when ilc cannot make it.
        internal static object Make(long record, Type attributeType, string owner)
        {
            long ctor = AttributeCtor(record);
            if (ctor == 0)
            {
                if (attributeType == null)
                    throw new NotSupportedException("An attribute of " + owner + " has a type ilc's corlib lacks.");
                return null; // a type ilc lacks is not the type asked for, nor derives from it
            }
            RuntimeMethodInfo c = new RuntimeMethodInfo(ctor, null);
            if (attributeType != null && !attributeType.IsAssignableFrom(c.DeclaringType))
                return null;
            byte[] blob = new byte[AttributeSize(record)];
            AttributeBlob(record, blob);
            return Create(c, blob);
        }

        // The attributes found, in an array of attributeType as .NET returns them.
        internal static object[] ToArray(List<object> found, Type attributeType)
        {
            object[] result;
            try
            {
                result = (object[])Array.CreateInstance(attributeType ?? typeof(Attribute), found.Count);
            }
            catch (NotSupportedException)
            {
                result = new object[found.Count]; // an AOT executable without that array type
            }
            found.CopyTo(result);
            return result;
        }

        // [AttributeUsage] of an attribute class (its own or a base class's), or null when
        // none says: Inherited = true, AllowMultiple = false.
        static AttributeUsageAttribute Usage(Type attributeClass)
        {
            RuntimeType rt = attributeClass as RuntimeType;
            if (rt == null || attributeClass == typeof(AttributeUsageAttribute))
                return null;
            object[] usage = rt.GetCustomAttributes(typeof(AttributeUsageAttribute), true);
            return usage.Length == 0 ? null : (AttributeUsageAttribute)usage[0];
        }

        // Does an attribute of this class apply to the members that inherit from the one it
        // marks (derived types, overriding methods)?
        internal static bool IsInherited(Type attributeClass)
        {
            AttributeUsageAttribute u = Usage(attributeClass);
            return u == null || u.Inherited;
        }

        static bool AllowsMultiple(Type attributeClass)
        {
            AttributeUsageAttribute u = Usage(attributeClass);
            return u != null && u.AllowMultiple;
        }

        // The class of the attribute a record describes; null when ilc's corlib lacks it.
        static Type ClassOf(long record)
        {
            long ctor = AttributeCtor(record);
            return ctor == 0 ? null : new RuntimeMethodInfo(ctor, null).DeclaringType;
        }

        // What GetCustomAttributes returns for a member whose records are levels[0] (its
        // own), then levels[1...] (those of the members it inherits from, nearest first), as
        // Mono finds them: those that are attributeType (null: any), and of an inherited
        // level only those whose class is Inherited and, unless it AllowsMultiple, not
        // found already. In an array of arrayType.
        internal static object[] Collect(List<long[]> levels, Type attributeType, string owner, Type arrayType)
        {
            List<object> found = new List<object>();
            for (int level = 0; level < levels.Count; level++)
                foreach (long record in levels[level])
                {
                    if (level > 0 && !Applies(ClassOf(record), found))
                        continue;
                    object a = Make(record, attributeType, owner);
                    if (a != null)
                        found.Add(a);
                }
            return ToArray(found, arrayType);
        }

        static bool Applies(Type inheritedClass, List<object> found)
        {
            if (inheritedClass == null || !IsInherited(inheritedClass))
                return false;
            if (AllowsMultiple(inheritedClass))
                return true;
            foreach (object a in found)
                if (a.GetType() == inheritedClass)
                    return false;
            return true;
        }

        // IsDefined: as Collect finds them, but making none (Mono runs no attribute's
        // constructor to answer it).
        internal static bool Defines(List<long[]> levels, Type attributeType)
        {
            for (int level = 0; level < levels.Count; level++)
                foreach (long record in levels[level])
                {
                    Type c = ClassOf(record);
                    if (c != null && attributeType.IsAssignableFrom(c) && (level == 0 || IsInherited(c)))
                        return true;
                }
            return false;
        }

        // count records from `at`, an icall's answers as an array (null: count < 0).
        internal static long[] Records(int count, long handle, int kind)
        {
            if (count < 0)
                return null;
            long[] all = new long[count];
            for (int i = 0; i < count; i++)
                all[i] = kind == 0 ? RuntimeType.AttributeAt(handle, i)
                       : kind == 1 ? RuntimeMethodInfo.AttributeAt(handle, i)
                       : kind == 2 ? RuntimeFieldInfo.AttributeAt(handle, i)
                       : RuntimePropertyInfo.AttributeAt(handle, i);
            return all;
        }

        internal static List<long[]> OneLevel(long[] records)
        {
            List<long[]> levels = new List<long[]>();
            levels.Add(records);
            return levels;
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
                Type t = r.NamedArgType();
                string name = r.SerString();
                if (kind == 0x53)
                { // a field
                    FieldInfo f = type.GetField(name, BindingFlags.Public | BindingFlags.Instance);
                    if (f == null)
                        throw r.Invalid();
                    f.SetValue(attribute, r.Fixed(t ?? f.FieldType));
                    continue;
                }
                long setter = FindMethod(type.handle, "set_" + name);
                if (setter == 0)
                    throw r.Invalid();
                RuntimeMethodInfo set = new RuntimeMethodInfo(setter, type);
                object value = r.Fixed(t ?? set.GetParameters()[0].ParameterType);
                Run(set, attribute, new object[] { value });
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

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long AttributeCtor(long record);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int AttributeSize(long record);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void AttributeBlob(long record, byte[] dst);

        // The instance method of type or a base type with this name (0: none). Not through
        // Type.GetMethod: an AOT compiler keeps method tables only for programs that list
        // methods, and every program that makes a Type reaches this code.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long FindMethod(long type, string name);

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

        // The type of a named argument; null for an enum, which the blob names (0x55, then
        // its name) and which is the type of the property set.
        Type NamedArgType()
        {
            if (pos < blob.Length && blob[pos] == 0x55)
            {
                pos++;
                SerString();
                return null;
            }
            return FieldOrPropType();
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
                case 0x50: return typeof(Type);
                case 0x55: return NamedType(SerString()); // an enum
                default: throw Invalid();
            }
        }

        // A type the blob names as Type.AssemblyQualifiedName does, the assembly left out for
        // the attribute's own assembly and corlib (II.23.3). Under AOT, a type the executable
        // does not have is not found: ilc says so rather than passing null.
        Type NamedType(string name)
        {
            Type t = Type.GetType(name, false);
            if (t == null)
                throw new NotSupportedException("ilc cannot make attribute " + what + ": an argument names the type " + name +
                                                ", which ilc cannot find (an AOT executable has the program's types and the corlib types its code names).");
            return t;
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
                    string name = SerString();
                    return name == null ? null : NamedType(name);
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

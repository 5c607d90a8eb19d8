// FieldInfo.cs — reflection over fields and properties. Type.GetFields and GetProperties list
// what the runtime describes of each type's own members (runtime/reflect.c), walking base
// types as Mono does. A field's value is read and written where the runtime says it lives
// (a static field's type is initialised first); a property's accessors are the methods
// Type.GetMethods describes, and GetValue and SetValue invoke them.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    [Flags]
    public enum FieldAttributes
    {
        FieldAccessMask = 7,
        PrivateScope = 0,
        Private = 1,
        FamANDAssem = 2,
        Assembly = 3,
        Family = 4,
        FamORAssem = 5,
        Public = 6,
        Static = 16,
        InitOnly = 32,
        Literal = 64,
        NotSerialized = 128,
        SpecialName = 512,
        PinvokeImpl = 8192,
        RTSpecialName = 1024,
        HasFieldMarshal = 4096,
        HasDefault = 32768,
        HasFieldRVA = 256,
        ReservedMask = 38144,
    }

    [Flags]
    public enum PropertyAttributes
    {
        None = 0,
        SpecialName = 512,
        RTSpecialName = 1024,
        HasDefault = 4096,
        Reserved2 = 8192,
        Reserved3 = 16384,
        Reserved4 = 32768,
        ReservedMask = 62464,
    }

    public abstract class FieldInfo : MemberInfo
    {
        public static bool operator ==(FieldInfo left, FieldInfo right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(FieldInfo left, FieldInfo right)
        {
            return !(left == right);
        }

        public override bool Equals(object obj)
        {
            return base.Equals(obj);
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public override MemberTypes MemberType
        {
            get { return MemberTypes.Field; }
        }

        public abstract FieldAttributes Attributes { get; }

        public abstract Type FieldType { get; }

        public abstract object GetValue(object obj);

        public abstract void SetValue(object obj, object value);

        public void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder,
                             System.Globalization.CultureInfo culture)
        {
            SetValue(obj, value);
        }

        FieldAttributes Access
        {
            get { return Attributes & FieldAttributes.FieldAccessMask; }
        }

        public bool IsPublic
        {
            get { return Access == FieldAttributes.Public; }
        }

        public bool IsPrivate
        {
            get { return Access == FieldAttributes.Private; }
        }

        public bool IsFamily
        {
            get { return Access == FieldAttributes.Family; }
        }

        public bool IsAssembly
        {
            get { return Access == FieldAttributes.Assembly; }
        }

        public bool IsFamilyOrAssembly
        {
            get { return Access == FieldAttributes.FamORAssem; }
        }

        public bool IsFamilyAndAssembly
        {
            get { return Access == FieldAttributes.FamANDAssem; }
        }

        public bool IsStatic
        {
            get { return (Attributes & FieldAttributes.Static) != 0; }
        }

        public bool IsInitOnly
        {
            get { return (Attributes & FieldAttributes.InitOnly) != 0; }
        }

        public bool IsLiteral
        {
            get { return (Attributes & FieldAttributes.Literal) != 0; }
        }

        public bool IsNotSerialized
        {
            get { return (Attributes & FieldAttributes.NotSerialized) != 0; }
        }

        public bool IsSpecialName
        {
            get { return (Attributes & FieldAttributes.SpecialName) != 0; }
        }
    }

    internal sealed class RuntimeFieldInfo : FieldInfo
    {
        internal readonly long handle;
        readonly RuntimeType reflected;

        internal RuntimeFieldInfo(long handle, RuntimeType reflected)
        {
            this.handle = handle;
            this.reflected = reflected;
        }

        public override string Name
        {
            get { return GetName(handle); }
        }

        public override FieldAttributes Attributes
        {
            get { return (FieldAttributes)GetAttributes(handle); }
        }

        public override Type FieldType
        {
            get { return RuntimeType.For(GetFieldType(handle)); }
        }

        public override Type DeclaringType
        {
            get { return RuntimeType.For(GetDeclaring(handle)); }
        }

        public override Type ReflectedType
        {
            get { return reflected; }
        }

        // As Mono checks the target of an instance field.
        void CheckTarget(object obj)
        {
            if (IsStatic)
                return;
            if (obj == null)
                throw new TargetException("Non-static field requires a target");
            if (!RuntimeType.IsInstance(GetDeclaring(handle), obj))
                throw new ArgumentException("Field " + Name + " defined on type " + DeclaringType +
                                            " is not a field on the target object which is of type " + obj.GetType() + ".", "obj");
        }

        public override object GetValue(object obj)
        {
            CheckTarget(obj);
            return InternalGetValue(handle, obj);
        }

        // A null value for a value-type field stands for its default, as for Invoke's
        // arguments.
        public override void SetValue(object obj, object value)
        {
            CheckTarget(obj);
            if (IsLiteral)
                throw new FieldAccessException("Cannot set a constant field");
            RuntimeType type = (RuntimeType)FieldType;
            object given = value;
            if (value == null)
                value = type.IsValueType && !type.IsNullable ? RuntimeType.Allocate(type.handle) : null;
            else if (!type.Accepts(value) && (value = type.Widen(value)) == null)
                throw new ArgumentException("Object of type '" + given.GetType().FullName +
                                            "' cannot be converted to type '" + type + "'.");
            InternalSetValue(handle, obj, value);
        }

        public override string ToString()
        {
            return FieldType + " " + Name;
        }

        public override bool Equals(object o)
        {
            RuntimeFieldInfo other = o as RuntimeFieldInfo;
            return other != null && other.handle == handle && other.reflected == reflected;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetName(long f);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetAttributes(long f);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetDeclaring(long f);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetFieldType(long f);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InternalGetValue(long f, object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalSetValue(long f, object obj, object value);

        // A field inherits no attributes: its own only, whatever `inherit` says (as Mono).
        List<long[]> AttributeLevels()
        {
            return AttributeReader.OneLevel(AttributeReader.Records(AttributeCount(handle), handle, 2));
        }

        public override object[] GetCustomAttributes(bool inherit)
        {
            return AttributeReader.Collect(AttributeLevels(), null, Name, typeof(Attribute));
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Collect(AttributeLevels(), attributeType, Name, attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Defines(AttributeLevels(), attributeType);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int AttributeCount(long f);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long AttributeAt(long f, int i);
    }

    public abstract class PropertyInfo : MemberInfo
    {
        public static bool operator ==(PropertyInfo left, PropertyInfo right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(PropertyInfo left, PropertyInfo right)
        {
            return !(left == right);
        }

        public override bool Equals(object obj)
        {
            return base.Equals(obj);
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public override MemberTypes MemberType
        {
            get { return MemberTypes.Property; }
        }

        public abstract PropertyAttributes Attributes { get; }

        public abstract Type PropertyType { get; }

        public abstract bool CanRead { get; }

        public abstract bool CanWrite { get; }

        public abstract MethodInfo GetGetMethod(bool nonPublic);

        public abstract MethodInfo GetSetMethod(bool nonPublic);

        public abstract ParameterInfo[] GetIndexParameters();

        public abstract object GetValue(object obj, object[] index);

        public abstract void SetValue(object obj, object value, object[] index);

        public MethodInfo GetGetMethod()
        {
            return GetGetMethod(false);
        }

        public MethodInfo GetSetMethod()
        {
            return GetSetMethod(false);
        }

        public virtual MethodInfo GetMethod
        {
            get { return GetGetMethod(true); }
        }

        public virtual MethodInfo SetMethod
        {
            get { return GetSetMethod(true); }
        }

        public MethodInfo[] GetAccessors()
        {
            return GetAccessors(false);
        }

        public MethodInfo[] GetAccessors(bool nonPublic)
        {
            List<MethodInfo> all = new List<MethodInfo>();
            MethodInfo get = GetGetMethod(nonPublic);
            MethodInfo set = GetSetMethod(nonPublic);
            if (get != null)
                all.Add(get);
            if (set != null)
                all.Add(set);
            return all.ToArray();
        }

        public object GetValue(object obj)
        {
            return GetValue(obj, null);
        }

        public void SetValue(object obj, object value)
        {
            SetValue(obj, value, null);
        }

        public bool IsSpecialName
        {
            get { return (Attributes & PropertyAttributes.SpecialName) != 0; }
        }
    }

    internal sealed class RuntimePropertyInfo : PropertyInfo
    {
        internal readonly long handle;
        readonly RuntimeType reflected;

        internal RuntimePropertyInfo(long handle, RuntimeType reflected)
        {
            this.handle = handle;
            this.reflected = reflected;
        }

        public override string Name
        {
            get { return GetName(handle); }
        }

        public override PropertyAttributes Attributes
        {
            get { return (PropertyAttributes)GetAttributes(handle); }
        }

        public override Type PropertyType
        {
            get { return RuntimeType.For(GetPropertyType(handle)); }
        }

        RuntimeMethodInfo Accessor(long m)
        {
            return m == 0 ? null : new RuntimeMethodInfo(m, reflected);
        }

        // The getter, else the setter: what decides whether the property is static, public,
        // and which type declares it.
        internal RuntimeMethodInfo AnyAccessor
        {
            get { return Accessor(GetGetter(handle) != 0 ? GetGetter(handle) : GetSetter(handle)); }
        }

        public override Type DeclaringType
        {
            get { return AnyAccessor.DeclaringType; }
        }

        public override Type ReflectedType
        {
            get { return reflected; }
        }

        public override bool CanRead
        {
            get { return GetGetter(handle) != 0; }
        }

        public override bool CanWrite
        {
            get { return GetSetter(handle) != 0; }
        }

        public override MethodInfo GetGetMethod(bool nonPublic)
        {
            RuntimeMethodInfo m = Accessor(GetGetter(handle));
            return m != null && (nonPublic || m.IsPublic) ? m : null;
        }

        public override MethodInfo GetSetMethod(bool nonPublic)
        {
            RuntimeMethodInfo m = Accessor(GetSetter(handle));
            return m != null && (nonPublic || m.IsPublic) ? m : null;
        }

        // The getter's parameters, or the setter's but its last (the value).
        public override ParameterInfo[] GetIndexParameters()
        {
            if (GetGetter(handle) != 0)
                return RuntimeMethodInfo.MakeParameters(GetGetter(handle), this);
            ParameterInfo[] all = RuntimeMethodInfo.MakeParameters(GetSetter(handle), this);
            ParameterInfo[] index = new ParameterInfo[all.Length - 1];
            Array.Copy(all, index, index.Length);
            return index;
        }

        internal bool IsPublic
        {
            get
            {
                long get = GetGetter(handle), set = GetSetter(handle);
                return (get != 0 && Accessor(get).IsPublic) || (set != 0 && Accessor(set).IsPublic);
            }
        }

        internal bool IsStatic
        {
            get { return AnyAccessor.IsStatic; }
        }

        // Mono's message when index does not match the index parameters.
        void CheckIndex(object[] index)
        {
            if ((index == null ? 0 : index.Length) != GetIndexParameters().Length)
                throw new ArgumentException("method arguments are incompatible");
        }

        public override object GetValue(object obj, object[] index)
        {
            long get = GetGetter(handle);
            if (get == 0)
                throw new ArgumentException("Get Method not found for '" + Name + "'");
            CheckIndex(index);
            return RuntimeMethodInfo.InvokeMethod(get, Accessor(get).IsStatic, obj, index ?? new object[0]);
        }

        public override void SetValue(object obj, object value, object[] index)
        {
            long set = GetSetter(handle);
            if (set == 0)
                throw new ArgumentException("Set Method not found for '" + Name + "'");
            CheckIndex(index);
            object[] args = new object[(index == null ? 0 : index.Length) + 1];
            if (index != null)
                Array.Copy(index, args, index.Length);
            args[args.Length - 1] = value;
            RuntimeMethodInfo.InvokeMethod(set, Accessor(set).IsStatic, obj, args);
        }

        // "Int32 Item [Int32]", as Mono spells a property.
        public override string ToString()
        {
            string s = RuntimeMethodInfo.FormatTypeName(PropertyType) + " " + Name;
            ParameterInfo[] index = GetIndexParameters();
            if (index.Length == 0)
                return s;
            string ps = RuntimeMethodInfo.FormatParameters(index);
            return s + " [" + ps.Substring(1, ps.Length - 2) + "]";
        }

        public override bool Equals(object o)
        {
            RuntimePropertyInfo other = o as RuntimePropertyInfo;
            return other != null && other.handle == handle && other.reflected == reflected;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetName(long p);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetAttributes(long p);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetPropertyType(long p);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetGetter(long p);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetSetter(long p);

        // PropertyInfo.GetCustomAttributes ignores `inherit`, as Mono's does; the static
        // Attribute methods follow overridden properties (InheritedLevels).
        public override object[] GetCustomAttributes(bool inherit)
        {
            return AttributeReader.Collect(AttributeLevels(false), null, Name, typeof(Attribute));
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Collect(AttributeLevels(false), attributeType, Name, attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Defines(AttributeLevels(false), attributeType);
        }

        // Its own attributes' records, then (inherit) those of the properties of the same name
        // that base types declare, nearest first.
        internal List<long[]> AttributeLevels(bool inherit)
        {
            List<long[]> levels = AttributeReader.OneLevel(AttributeReader.Records(AttributeCount(handle), handle, 3));
            for (Type t = inherit ? DeclaringType.BaseType : null; t != null; t = t.BaseType)
            {
                RuntimePropertyInfo p = (RuntimePropertyInfo)t.GetProperty(Name, BindingFlags.Public | BindingFlags.NonPublic |
                                                                                BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
                if (p != null)
                    levels.Add(AttributeReader.Records(AttributeCount(p.handle), p.handle, 3));
            }
            return levels;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int AttributeCount(long p);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long AttributeAt(long p, int i);
    }
}

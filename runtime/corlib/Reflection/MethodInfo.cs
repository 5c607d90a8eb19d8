// MethodInfo.cs — reflection over methods. Type.GetMethods and GetMethod list what the
// runtime describes of each type's own methods (runtime/reflect.c), walking base types as
// .NET does; MethodInfo.Invoke checks the arguments with .NET's exceptions and messages,
// then calls the method's invoker, which the runtime makes when it is first needed (the
// JIT compiles it; an AOT executable has one for each method it keeps for reflection).
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    [Flags]
    public enum BindingFlags
    {
        Default = 0,
        IgnoreCase = 1,
        DeclaredOnly = 2,
        Instance = 4,
        Static = 8,
        Public = 16,
        NonPublic = 32,
        FlattenHierarchy = 64,
        InvokeMethod = 256,
        CreateInstance = 512,
        GetField = 1024,
        SetField = 2048,
        GetProperty = 4096,
        SetProperty = 8192,
        PutDispProperty = 16384,
        PutRefDispProperty = 32768,
        ExactBinding = 65536,
        SuppressChangeType = 131072,
        OptionalParamBinding = 262144,
        IgnoreReturn = 16777216,
    }

    [Flags]
    public enum MethodAttributes
    {
        MemberAccessMask = 7,
        PrivateScope = 0,
        Private = 1,
        FamANDAssem = 2,
        Assembly = 3,
        Family = 4,
        FamORAssem = 5,
        Public = 6,
        UnmanagedExport = 8,
        Static = 16,
        Final = 32,
        Virtual = 64,
        HideBySig = 128,
        VtableLayoutMask = 256,
        ReuseSlot = 0,
        NewSlot = 256,
        CheckAccessOnOverride = 512,
        Abstract = 1024,
        SpecialName = 2048,
        RTSpecialName = 4096,
        PinvokeImpl = 8192,
        HasSecurity = 16384,
        RequireSecObject = 32768,
        ReservedMask = 53248,
    }

    [Flags]
    public enum MemberTypes
    {
        Constructor = 1,
        Event = 2,
        Field = 4,
        Method = 8,
        Property = 16,
        TypeInfo = 32,
        Custom = 64,
        NestedType = 128,
        All = 191,
    }

    public abstract class MemberInfo
    {
        protected MemberInfo()
        {
        }

        public abstract string Name { get; }

        public abstract MemberTypes MemberType { get; }

        public static bool operator ==(MemberInfo left, MemberInfo right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(MemberInfo left, MemberInfo right)
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

        // A nested type's enclosing type is not recorded by ilc's runtime.
        public virtual Type DeclaringType
        {
            get { throw new NotSupportedException("ilc does not record the type that declares " + Name); }
        }

        public virtual Type ReflectedType
        {
            get { return DeclaringType; }
        }

        public virtual object[] GetCustomAttributes(bool inherit)
        {
            throw new NotSupportedException("ilc has no custom attributes of " + Name);
        }

        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            throw new NotSupportedException("ilc has no custom attributes of " + Name);
        }

        public virtual bool IsDefined(Type attributeType, bool inherit)
        {
            throw new NotSupportedException("ilc has no custom attributes of " + Name);
        }
    }

    public abstract class MethodBase : MemberInfo
    {
        protected MethodBase()
        {
        }

        public abstract MethodAttributes Attributes { get; }

        public static bool operator ==(MethodBase left, MethodBase right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(MethodBase left, MethodBase right)
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

        public abstract ParameterInfo[] GetParameters();

        public abstract object Invoke(object obj, object[] parameters);

        // The importer replaces each call with one of CurrentMethod, naming the caller; a call
        // it did not see (through a delegate or reflection) has no caller to name.
        public static MethodBase GetCurrentMethod()
        {
            throw new NotSupportedException("ilc answers MethodBase.GetCurrentMethod() only where code calls it directly.");
        }

        // The method at `index` of the reflection list of type `type` (-1: one reflection
        // cannot describe).
        internal static MethodBase CurrentMethod(long type, int index)
        {
            RuntimeType owner = RuntimeType.For(type);
            if (index < 0)
                throw new NotSupportedException("ilc cannot describe the current method of " + owner +
                                                " by reflection (static constructors, generic method instances and methods with pointer parameters are not described).");
            if (RuntimeType.MethodCount(type) < 0)
                throw new NotSupportedException("The methods of " + owner.FullName + " are not available to reflection in this AOT executable.");
            long m = RuntimeType.MethodAt(type, index);
            if ((RuntimeMethodInfo.GetAttributes(m) & (int)MethodAttributes.RTSpecialName) != 0 && RuntimeMethodInfo.GetName(m) == ".ctor")
                return new RuntimeConstructorInfo(m, owner);
            return new RuntimeMethodInfo(m, owner);
        }

        public bool IsStatic
        {
            get { return (Attributes & MethodAttributes.Static) != 0; }
        }

        public bool IsVirtual
        {
            get { return (Attributes & MethodAttributes.Virtual) != 0; }
        }

        public bool IsAbstract
        {
            get { return (Attributes & MethodAttributes.Abstract) != 0; }
        }

        public bool IsFinal
        {
            get { return (Attributes & MethodAttributes.Final) != 0; }
        }

        public bool IsHideBySig
        {
            get { return (Attributes & MethodAttributes.HideBySig) != 0; }
        }

        public bool IsSpecialName
        {
            get { return (Attributes & MethodAttributes.SpecialName) != 0; }
        }

        public bool IsPublic
        {
            get { return Access == MethodAttributes.Public; }
        }

        public bool IsPrivate
        {
            get { return Access == MethodAttributes.Private; }
        }

        public bool IsFamily
        {
            get { return Access == MethodAttributes.Family; }
        }

        public bool IsAssembly
        {
            get { return Access == MethodAttributes.Assembly; }
        }

        public bool IsFamilyOrAssembly
        {
            get { return Access == MethodAttributes.FamORAssem; }
        }

        public bool IsFamilyAndAssembly
        {
            get { return Access == MethodAttributes.FamANDAssem; }
        }

        public virtual bool IsConstructor
        {
            get { return false; }
        }

        public virtual bool IsGenericMethod
        {
            get { return false; }
        }

        public virtual bool IsGenericMethodDefinition
        {
            get { return false; }
        }

        public virtual bool ContainsGenericParameters
        {
            get { return false; }
        }

        public virtual Type[] GetGenericArguments()
        {
            throw new NotSupportedException();
        }

        public object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters,
                             System.Globalization.CultureInfo culture)
        {
            return Invoke(obj, parameters);
        }

        MethodAttributes Access
        {
            get { return Attributes & MethodAttributes.MemberAccessMask; }
        }
    }

    // Only so that Invoke's long overload has its .NET signature; ilc applies no binder.
    public abstract class Binder
    {
        protected Binder()
        {
        }
    }

    // Only for GetMethod's long overload; ilc ignores it, as .NET does for methods.
    public struct ParameterModifier
    {
        readonly bool[] byRef;

        public ParameterModifier(int parameterCount)
        {
            if (parameterCount <= 0)
                throw new ArgumentException("Must specify one or more parameters.");
            byRef = new bool[parameterCount];
        }

        public bool this[int index]
        {
            get { return byRef[index]; }
            set { byRef[index] = value; }
        }
    }

    public abstract class MethodInfo : MethodBase
    {
        protected MethodInfo()
        {
        }

        public override MemberTypes MemberType
        {
            get { return MemberTypes.Method; }
        }

        public abstract Type ReturnType { get; }

        public virtual MethodInfo GetGenericMethodDefinition()
        {
            throw new InvalidOperationException();
        }

        public virtual MethodInfo MakeGenericMethod(params Type[] typeArguments)
        {
            throw new NotSupportedException();
        }

        public static bool operator ==(MethodInfo left, MethodInfo right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(MethodInfo left, MethodInfo right)
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
    }

    public class ParameterInfo
    {
        readonly MemberInfo member;
        readonly string name;
        readonly Type type;
        readonly int position;
        readonly bool isOut;

        internal ParameterInfo(MemberInfo member, string name, Type type, int position, bool isOut)
        {
            this.member = member;
            this.name = name;
            this.type = type;
            this.position = position;
            this.isOut = isOut;
        }

        public virtual string Name
        {
            get { return name; }
        }

        public virtual Type ParameterType
        {
            get { return type; }
        }

        public virtual int Position
        {
            get { return position; }
        }

        public virtual MemberInfo Member
        {
            get { return member; }
        }

        public bool IsOut
        {
            get { return isOut; }
        }

        public override string ToString()
        {
            return RuntimeMethodInfo.FormatTypeName(type) + " " + name;
        }
    }

    internal sealed class RuntimeMethodInfo : MethodInfo
    {
        internal readonly long handle;
        readonly RuntimeType reflected;
        ParameterInfo[] parameters;

        internal RuntimeMethodInfo(long handle, RuntimeType reflected)
        {
            this.handle = handle;
            this.reflected = reflected;
        }

        public override string Name
        {
            get { return GetName(handle); }
        }

        public override MethodAttributes Attributes
        {
            get { return (MethodAttributes)GetAttributes(handle); }
        }

        public override Type DeclaringType
        {
            get { return RuntimeType.For(GetDeclaring(handle)); }
        }

        public override Type ReflectedType
        {
            get { return reflected; }
        }

        public override Type ReturnType
        {
            get
            {
                long ret = GetReturn(handle);
                return ret == 0 ? typeof(void) : RuntimeType.For(ret);
            }
        }

        internal int Slot
        {
            get { return GetSlot(handle); }
        }

        public override bool IsConstructor
        {
            get { return (Attributes & MethodAttributes.RTSpecialName) != 0 && Name == ".ctor"; }
        }

        public override bool IsGenericMethod
        {
            get { return GetGenericCount(handle) > 0; }
        }

        public override bool IsGenericMethodDefinition
        {
            get { return IsGenericMethod && GetGenericDef(handle) == handle; }
        }

        public override bool ContainsGenericParameters
        {
            get { return IsGenericMethodDefinition; }
        }

        public override Type[] GetGenericArguments()
        {
            Type[] args = new Type[GetGenericCount(handle)];
            for (int i = 0; i < args.Length; i++)
                args[i] = RuntimeType.For(GetGenericArg(handle, i));
            return args;
        }

        public override MethodInfo GetGenericMethodDefinition()
        {
            if (!IsGenericMethod)
                throw new InvalidOperationException();
            return new RuntimeMethodInfo(GetGenericDef(handle), reflected);
        }

        // As Mono checks: a definition, the arguments and their number; then the runtime
        // makes the instance (the JIT compiles it when it is invoked).
        public override MethodInfo MakeGenericMethod(params Type[] typeArguments)
        {
            if (!IsGenericMethodDefinition)
                throw new InvalidOperationException("not a generic method definition");
            if (typeArguments == null)
                throw new ArgumentNullException("methodInstantiation");
            if (typeArguments.Length != GetGenericCount(handle))
                throw new ArgumentException("Incorrect length");
            long[] args = new long[typeArguments.Length];
            for (int i = 0; i < args.Length; i++)
            {
                RuntimeType a = typeArguments[i] as RuntimeType;
                if (typeArguments[i] == null)
                    throw new ArgumentNullException();
                if (a == null)
                    throw new NotSupportedException("ilc cannot instantiate " + Name + " over " + typeArguments[i]);
                args[i] = a.handle;
            }
            long[] made = new long[1];
            string problem = MakeGeneric(handle, args, made);
            if (problem != null)
                throw new NotSupportedException("ilc cannot make " + problem);
            return new RuntimeMethodInfo(made[0], reflected);
        }

        // The method's own attributes' records, then (inherit) those of the methods it
        // overrides, nearest first: a base type's method in the same vtable slot, up to the
        // one that introduced the slot (NewSlot), as Mono walks them.
        internal static List<long[]> AttributeLevels(long m, bool inherit)
        {
            List<long[]> levels = AttributeReader.OneLevel(AttributeReader.Records(AttributeCount(m), m, 1));
            int slot = GetSlot(m);
            while (inherit && slot >= 0 && (GetAttributes(m) & (int)MethodAttributes.NewSlot) == 0)
            {
                m = Overridden(m, slot);
                if (m == 0)
                    break;
                levels.Add(AttributeReader.Records(AttributeCount(m), m, 1));
            }
            return levels;
        }

        // The method of a base type of m's declaring type in vtable slot `slot`, or 0.
        static long Overridden(long m, int slot)
        {
            for (long t = RuntimeType.GetParent(GetDeclaring(m)); t != 0; t = RuntimeType.GetParent(t))
            {
                int n = RuntimeType.MethodCount(t);
                for (int i = 0; i < n; i++)
                {
                    long b = RuntimeType.MethodAt(t, i);
                    if (GetSlot(b) == slot)
                        return b;
                }
            }
            return 0;
        }

        public override object[] GetCustomAttributes(bool inherit)
        {
            return AttributeReader.Collect(AttributeLevels(handle, inherit), null, Name, typeof(Attribute));
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Collect(AttributeLevels(handle, inherit), attributeType, Name, attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Defines(AttributeLevels(handle, inherit), attributeType);
        }

        public override ParameterInfo[] GetParameters()
        {
            if (parameters == null)
                parameters = MakeParameters(handle, this);
            return (ParameterInfo[])parameters.Clone();
        }

        public override object Invoke(object obj, object[] parameters)
        {
            return InvokeMethod(handle, IsStatic, obj, parameters);
        }

        // As .NET checks: the count, the target, then each argument; a null argument for a
        // value-type parameter stands for its default value. What the method throws comes
        // out as the InnerException of a TargetInvocationException; ref and out parameters'
        // final values are stored back into `parameters`. Constructors come here too, with
        // the object they initialise as obj.
        internal static object InvokeMethod(long handle, bool isStatic, object obj, object[] parameters)
        {
            int n = GetParamCount(handle);
            if ((parameters == null ? 0 : parameters.Length) != n)
                throw new TargetParameterCountException();
            if (!isStatic)
            {
                if (obj == null)
                    throw new TargetException("Non-static method requires a target.");
                if (!RuntimeType.IsInstance(GetDeclaring(handle), obj))
                    throw new TargetException("Object does not match target type.");
            }
            object[] args = n == 0 ? null : new object[n];
            for (int i = 0; i < n; i++)
                args[i] = Argument(handle, i, parameters[i]);
            if (GetGenericCount(handle) > 0 && GetGenericDef(handle) == handle)
                throw new InvalidOperationException("Late bound operations cannot be performed on types or methods for which ContainsGenericParameters is true.");
            string problem = PrepareInvoke(handle);
            if (problem != null)
                throw new NotSupportedException(problem);
            object result;
            try
            {
                result = InternalInvoke(handle, isStatic ? null : obj, args);
            }
            catch (Exception e)
            {
                throw new TargetInvocationException(e);
            }
            for (int i = 0; i < n; i++)
                if ((GetParamFlags(handle, i) & 1) != 0)
                    parameters[i] = args[i];
            return result;
        }

        static object Argument(long handle, int i, object value)
        {
            long t = GetParamType(handle, i);
            RuntimeType type = RuntimeType.For(t);
            if (value == null)
                return type.IsValueType && !type.IsNullable ? RuntimeType.Allocate(t) : null;
            object given = value;
            if (!type.Accepts(value) && (value = type.Widen(value)) == null)
            {
                Type shown = (GetParamFlags(handle, i) & 1) != 0 ? new ByRefType(type) : (Type)type;
                throw new ArgumentException("Object of type '" + given.GetType().FullName +
                                            "' cannot be converted to type '" + (shown.FullName ?? shown.ToString()) + "'.");
            }
            return value;
        }

        internal static ParameterInfo[] MakeParameters(long handle, MemberInfo member)
        {
            int n = GetParamCount(handle);
            ParameterInfo[] all = new ParameterInfo[n];
            for (int i = 0; i < n; i++)
            {
                int flags = GetParamFlags(handle, i);
                Type t = RuntimeType.For(GetParamType(handle, i));
                if ((flags & 1) != 0)
                    t = new ByRefType(t);
                all[i] = new ParameterInfo(member, GetParamName(handle, i), t, i, (flags & 2) != 0);
            }
            return all;
        }

        // "(Int32, System.String ByRef)", as .NET's MethodBase.ToString spells parameters.
        internal static string FormatParameters(ParameterInfo[] ps)
        {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < ps.Length; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                Type pt = ps[i].ParameterType;
                if (pt.IsByRef)
                    sb.Append(FormatTypeName(pt.GetElementType())).Append(" ByRef");
                else
                    sb.Append(FormatTypeName(pt));
            }
            return sb.Append(')').ToString();
        }

        // .NET's spelling: primitives, void and nested types by Name, others in full.
        internal static string FormatTypeName(Type t)
        {
            Type root = t;
            while (root.HasElementType)
                root = root.GetElementType();
            if (root.IsPrimitive || root == typeof(void) || root.FullName == null || root.FullName.IndexOf('+') >= 0)
                return t.Name;
            return t.ToString();
        }

        // "T Id[T](T)": a generic method's arguments follow its name.
        public override string ToString()
        {
            StringBuilder name = new StringBuilder(Name);
            Type[] generic = GetGenericArguments();
            for (int i = 0; i < generic.Length; i++)
                name.Append(i == 0 ? "[" : ",").Append(FormatTypeName(generic[i])).Append(i == generic.Length - 1 ? "]" : "");
            return FormatTypeName(ReturnType) + " " + name + FormatParameters(GetParameters());
        }

        public override bool Equals(object o)
        {
            RuntimeMethodInfo other = o as RuntimeMethodInfo;
            return other != null && other.handle == handle && other.reflected == reflected;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetName(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetAttributes(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetSlot(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetDeclaring(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetReturn(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetParamCount(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetParamType(long m, int i);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetParamName(long m, int i);

        // 1: by reference; 2: out.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetParamFlags(long m, int i);

        // Null when the invoker is ready, else why the method cannot be invoked.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string PrepareInvoke(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InternalInvoke(long m, object target, object[] args);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int AttributeCount(long m);

        // Attribute i's record, for AttributeReader.Make.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long AttributeAt(long m, int i);

        // A generic method's arguments (a definition's parameters) and its definition.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetGenericCount(long m);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetGenericArg(long m, int i);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetGenericDef(long m);

        // def<args> into made[0]; null, or what cannot be made and why.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string MakeGeneric(long m, long[] args, long[] made);
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public static readonly string ConstructorName = ".ctor";
        public static readonly string TypeConstructorName = ".cctor";

        protected ConstructorInfo()
        {
        }

        public override MemberTypes MemberType
        {
            get { return MemberTypes.Constructor; }
        }

        public override bool IsConstructor
        {
            get { return true; }
        }

        public abstract object Invoke(object[] parameters);

        public static bool operator ==(ConstructorInfo left, ConstructorInfo right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(ConstructorInfo left, ConstructorInfo right)
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
    }

    internal sealed class RuntimeConstructorInfo : ConstructorInfo
    {
        readonly long handle;
        readonly RuntimeType declaring;
        ParameterInfo[] parameters;

        internal RuntimeConstructorInfo(long handle, RuntimeType declaring)
        {
            this.handle = handle;
            this.declaring = declaring;
        }

        public override string Name
        {
            get { return ".ctor"; }
        }

        public override MethodAttributes Attributes
        {
            get { return (MethodAttributes)RuntimeMethodInfo.GetAttributes(handle); }
        }

        public override Type DeclaringType
        {
            get { return declaring; }
        }

        public override ParameterInfo[] GetParameters()
        {
            if (parameters == null)
                parameters = RuntimeMethodInfo.MakeParameters(handle, this);
            return (ParameterInfo[])parameters.Clone();
        }

        // A new object (or a boxed struct) that the constructor initialises.
        public override object Invoke(object[] parameters)
        {
            if (declaring.IsAbstract)
                throw new MemberAccessException("Cannot create an abstract class.");
            object obj = RuntimeType.Allocate(declaring.handle);
            RuntimeMethodInfo.InvokeMethod(handle, false, obj, parameters);
            return obj;
        }

        // On an existing object: runs the constructor again, as .NET allows.
        public override object Invoke(object obj, object[] parameters)
        {
            return RuntimeMethodInfo.InvokeMethod(handle, false, obj, parameters);
        }

        public override string ToString()
        {
            return "Void .ctor" + RuntimeMethodInfo.FormatParameters(GetParameters());
        }

        // A constructor overrides nothing: its own attributes only.
        public override object[] GetCustomAttributes(bool inherit)
        {
            return AttributeReader.Collect(RuntimeMethodInfo.AttributeLevels(handle, false), null, Name, typeof(Attribute));
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Collect(RuntimeMethodInfo.AttributeLevels(handle, false), attributeType, Name, attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Defines(RuntimeMethodInfo.AttributeLevels(handle, false), attributeType);
        }

        public override bool Equals(object o)
        {
            RuntimeConstructorInfo other = o as RuntimeConstructorInfo;
            return other != null && other.handle == handle;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }
    }

    // The type of a ref or out parameter (T&): ilc's runtime has no descriptor for it.
    internal sealed class ByRefType : Type
    {
        readonly Type element;

        internal ByRefType(Type element)
        {
            this.element = element;
        }

        public override string Name
        {
            get { return element.Name + "&"; }
        }

        public override string Namespace
        {
            get { return element.Namespace; }
        }

        public override string FullName
        {
            get { return element.FullName + "&"; }
        }

        public override string ToString()
        {
            return element.ToString() + "&";
        }

        public override Type BaseType
        {
            get { return null; }
        }

        protected override bool IsArrayImpl()
        {
            return false;
        }

        protected override bool IsByRefImpl()
        {
            return true;
        }

        public override Type GetElementType()
        {
            return element;
        }

        public override bool Equals(object o)
        {
            ByRefType other = o as ByRefType;
            return other != null && other.element.Equals(element);
        }

        public override int GetHashCode()
        {
            return element.GetHashCode() ^ 0x5a5a;
        }
    }

    public class TargetException : ApplicationException
    {
        public TargetException() : base("Exception of type 'System.Reflection.TargetException' was thrown.")
        {
        }

        public TargetException(string message) : base(message)
        {
        }

        public TargetException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class TargetInvocationException : ApplicationException
    {
        public TargetInvocationException(Exception inner)
            : base("Exception has been thrown by the target of an invocation.", inner)
        {
        }

        public TargetInvocationException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class TargetParameterCountException : ApplicationException
    {
        public TargetParameterCountException()
            : base("Number of parameters specified does not match the expected number.")
        {
        }

        public TargetParameterCountException(string message) : base(message)
        {
        }

        public TargetParameterCountException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class AmbiguousMatchException : SystemException
    {
        public AmbiguousMatchException() : base("Ambiguous match found.")
        {
        }

        public AmbiguousMatchException(string message) : base(message)
        {
        }

        public AmbiguousMatchException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}

// Type.cs — System.Type: GetType(), typeof, names, type tests, and the methods a type has
// (GetMethods, GetMethod; Reflection/MethodInfo.cs). A RuntimeType wraps the runtime's
// RtType pointer (as a long: the handle is opaque to C# code, and a long crosses icalls
// as a plain integer). As on .NET there is one RuntimeType per type (RuntimeType.For), so
// IL that compares Type objects by reference (beq, ReferenceEquals) sees them equal.
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type : System.Reflection.MemberInfo
    {
        protected Type()
        {
        }

        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract Type BaseType { get; }

        public bool IsValueType
        {
            get { return IsValueTypeImpl(); }
        }

        public bool IsArray
        {
            get { return IsArrayImpl(); }
        }

        public bool IsByRef
        {
            get { return IsByRefImpl(); }
        }

        public bool HasElementType
        {
            get { return IsArray || IsByRef; }
        }

        public bool IsPrimitive
        {
            get { return IsPrimitiveImpl(); }
        }

        public virtual bool IsEnum
        {
            get { return false; }
        }

        public bool IsInterface
        {
            get { return IsInterfaceImpl(); }
        }

        public bool IsClass
        {
            get { return !IsInterface && !IsValueType && !IsByRef; }
        }

        public virtual bool IsAbstract
        {
            get { return false; }
        }

        public override MemberTypes MemberType
        {
            get { return MemberTypes.TypeInfo; }
        }

        protected virtual bool IsValueTypeImpl()
        {
            return false;
        }

        protected abstract bool IsArrayImpl();

        protected virtual bool IsByRefImpl()
        {
            return false;
        }

        protected virtual bool IsPrimitiveImpl()
        {
            return false;
        }

        protected virtual bool IsInterfaceImpl()
        {
            return false;
        }

        public virtual Type GetElementType()
        {
            return null;
        }

        public virtual bool IsGenericType
        {
            get { return false; }
        }

        public virtual bool IsGenericTypeDefinition
        {
            get { return false; }
        }

        public virtual bool IsGenericParameter
        {
            get { return false; }
        }

        public virtual bool ContainsGenericParameters
        {
            get { return false; }
        }

        public virtual int GenericParameterPosition
        {
            get { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); }
        }

        public virtual Type GetGenericTypeDefinition()
        {
            throw new InvalidOperationException("This operation is only valid on generic types.");
        }

        // An instance's type arguments, a definition's parameters; empty for other types.
        public virtual Type[] GetGenericArguments()
        {
            return new Type[0];
        }

        public virtual Type[] GenericTypeArguments
        {
            get { return IsGenericType && !IsGenericTypeDefinition ? GetGenericArguments() : new Type[0]; }
        }

        // Not virtual (see GetMethods): an AOT compiler sees which programs make types.
        public Type MakeGenericType(params Type[] typeArguments)
        {
            RuntimeType rt = this as RuntimeType;
            if (rt == null || !IsGenericTypeDefinition)
                throw new InvalidOperationException(ToString() + " is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which Type.IsGenericTypeDefinition is true.");
            return rt.Instantiate(typeArguments);
        }

        public virtual bool IsInstanceOfType(object o)
        {
            return false;
        }

        public virtual bool IsAssignableFrom(Type c)
        {
            return c == this;
        }

        public virtual bool IsSubclassOf(Type c)
        {
            for (Type t = BaseType; t != null; t = t.BaseType)
                if (t == c)
                    return true;
            return false;
        }

        public MethodInfo[] GetMethods()
        {
            return GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // Not virtual, unlike .NET's: an AOT compiler then sees which programs list methods
        // (it keeps reflection data only for them), where a vtable entry would reach
        // RuntimeType's override in every program that makes a Type.
        public MethodInfo[] GetMethods(BindingFlags bindingAttr)
        {
            RuntimeType rt = this as RuntimeType;
            return rt != null ? rt.ListMethods(bindingAttr) : new MethodInfo[0];
        }

        public FieldInfo[] GetFields()
        {
            return GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // Not virtual, as GetMethods.
        public FieldInfo[] GetFields(BindingFlags bindingAttr)
        {
            RuntimeType rt = this as RuntimeType;
            return rt != null ? rt.ListFields(bindingAttr) : new FieldInfo[0];
        }

        public FieldInfo GetField(string name)
        {
            return GetField(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // The first field of that name, as Mono finds it: a derived type's before its base's.
        public FieldInfo GetField(string name, BindingFlags bindingAttr)
        {
            if (name == null)
                throw new ArgumentNullException("name");
            bool ignoreCase = (bindingAttr & BindingFlags.IgnoreCase) != 0;
            foreach (FieldInfo f in GetFields(bindingAttr))
                if (ignoreCase ? String.Compare(f.Name, name, StringComparison.OrdinalIgnoreCase) == 0 : f.Name == name)
                    return f;
            return null;
        }

        public PropertyInfo[] GetProperties()
        {
            return GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // Not virtual, as GetMethods.
        public PropertyInfo[] GetProperties(BindingFlags bindingAttr)
        {
            RuntimeType rt = this as RuntimeType;
            return rt != null ? rt.ListProperties(bindingAttr) : new PropertyInfo[0];
        }

        public PropertyInfo GetProperty(string name)
        {
            return GetProperty(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // Null when none matches; AmbiguousMatchException when several do (overloaded indexers).
        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr)
        {
            if (name == null)
                throw new ArgumentNullException("name");
            PropertyInfo found = null;
            bool ignoreCase = (bindingAttr & BindingFlags.IgnoreCase) != 0;
            foreach (PropertyInfo p in GetProperties(bindingAttr))
            {
                if (ignoreCase ? String.Compare(p.Name, name, StringComparison.OrdinalIgnoreCase) != 0 : p.Name != name)
                    continue;
                if (found != null)
                    throw new AmbiguousMatchException("Ambiguous match found.");
                found = p;
            }
            return found;
        }

        public PropertyInfo GetProperty(string name, Type returnType)
        {
            if (returnType == null)
                throw new ArgumentNullException("returnType");
            foreach (PropertyInfo p in GetProperties())
                if (p.Name == name && p.PropertyType.Equals(returnType))
                    return p;
            return null;
        }

        public ConstructorInfo[] GetConstructors()
        {
            return GetConstructors(BindingFlags.Instance | BindingFlags.Public);
        }

        public ConstructorInfo[] GetConstructors(BindingFlags bindingAttr)
        {
            RuntimeType rt = this as RuntimeType;
            return rt != null ? rt.ListConstructors(bindingAttr) : new ConstructorInfo[0];
        }

        // The public instance constructor whose parameter types are exactly `types`, or null.
        public ConstructorInfo GetConstructor(Type[] types)
        {
            if (types == null)
                throw new ArgumentNullException("types");
            foreach (ConstructorInfo c in GetConstructors())
                if (TakesExactly(c, types))
                    return c;
            return null;
        }

        static bool TakesExactly(MethodBase m, Type[] types)
        {
            ParameterInfo[] ps = m.GetParameters();
            if (ps.Length != types.Length)
                return false;
            for (int i = 0; i < ps.Length; i++)
                if (!ps[i].ParameterType.Equals(types[i]))
                    return false;
            return true;
        }

        public MethodInfo GetMethod(string name)
        {
            return GetMethod(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public);
        }

        // Null when none matches; AmbiguousMatchException when several do.
        public MethodInfo GetMethod(string name, BindingFlags bindingAttr)
        {
            if (name == null)
                throw new ArgumentNullException("name");
            MethodInfo found = null;
            bool ignoreCase = (bindingAttr & BindingFlags.IgnoreCase) != 0;
            foreach (MethodInfo m in GetMethods(bindingAttr))
            {
                if (ignoreCase ? String.Compare(m.Name, name, StringComparison.OrdinalIgnoreCase) != 0 : m.Name != name)
                    continue;
                if (found != null)
                    throw new AmbiguousMatchException("Ambiguous match found.");
                found = m;
            }
            return found;
        }

        public MethodInfo GetMethod(string name, Type[] types)
        {
            return GetMethod(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public, null, types, null);
        }

        // The method whose parameter types are exactly `types`.
        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Binder binder, Type[] types,
                                    ParameterModifier[] modifiers)
        {
            if (name == null)
                throw new ArgumentNullException("name");
            if (types == null)
                throw new ArgumentNullException("types");
            foreach (MethodInfo m in GetMethods(bindingAttr))
                if (m.Name == name && TakesExactly(m, types))
                    return m;
            return null;
        }

        public static bool operator ==(Type left, Type right)
        {
            if ((object)left == (object)right)
                return true;
            if ((object)left == null || (object)right == null)
                return false;
            return left.Equals(right);
        }

        public static bool operator !=(Type left, Type right)
        {
            return !(left == right);
        }

        public override bool Equals(object o)
        {
            return (object)this == o;
        }

        public virtual bool Equals(Type o)
        {
            return Equals((object)o);
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public override string ToString()
        {
            return FullName;
        }

        // The type `typeName` names (TypeName.cs): null when there is none, a
        // TypeLoadException with Mono's message when throwOnError.
        public static Type GetType(string typeName)
        {
            return GetType(typeName, false, false);
        }

        public static Type GetType(string typeName, bool throwOnError)
        {
            return GetType(typeName, throwOnError, false);
        }

        public static Type GetType(string typeName, bool throwOnError, bool ignoreCase)
        {
            if (typeName == null)
                throw new ArgumentNullException("typeName");
            return TypeName.Resolve(typeName, throwOnError, ignoreCase);
        }

        // T[]: the array type reflection has (an AOT executable: those its code makes).
        public Type MakeArrayType()
        {
            return Array.CreateInstance(this, 0).GetType();
        }

        // T[*] for rank 1, T[,] for 2...
        public Type MakeArrayType(int rank)
        {
            if (rank < 1 || rank > 32)
                throw new IndexOutOfRangeException();
            return Array.CreateInstance(this, new int[rank], rank == 1 ? new int[] { 1 } : new int[rank]).GetType();
        }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle)
        {
            if (handle.value == 0)
                return null; /* default(RuntimeTypeHandle), e.g. __reftype of a default typedref */
            return RuntimeType.For(handle.value);
        }
    }

    internal sealed class RuntimeType : TypeInfo
    {
        internal long handle;

        // The RuntimeType of each handle asked for so far: an open-addressed table, grown
        // at half full, under a lock so that two threads never make two objects for one type.
        // A type found is found without the lock (every typeof, every synchronized static
        // method's entry): a table, once published, only gains entries, each written after
        // its object is complete, and a slot once filled never changes.
        static volatile RuntimeType[] cache = new RuntimeType[64];
        static int cached;
        static readonly object cacheLock = new object();

        RuntimeType(long handle)
        {
            this.handle = handle;
        }

        internal static RuntimeType For(long handle)
        {
            RuntimeType[] table = cache;
            RuntimeType hit = table[Slot(table, handle)];
            if (hit != null && hit.handle == handle) // the slot may fill as it is read
                return hit;
            lock (cacheLock)
            {
                table = cache;
                int i = Slot(table, handle);
                if (table[i] != null)
                    return table[i];
                RuntimeType t = new RuntimeType(handle);
                System.Threading.Volatile.Write(ref table[i], t);
                if (++cached * 2 > cache.Length)
                {
                    RuntimeType[] bigger = new RuntimeType[cache.Length * 2];
                    foreach (RuntimeType e in cache)
                        if (e != null)
                            bigger[Slot(bigger, e.handle)] = e;
                    cache = bigger;
                }
                return t;
            }
        }

        // The slot holding handle's type, or the empty slot where it belongs.
        static int Slot(RuntimeType[] table, long handle)
        {
            int mask = table.Length - 1;
            int i = (int)((ulong)handle >> 4) & mask; // the low bits vary little: RtTypes are aligned
            while (table[i] != null && table[i].handle != handle)
                i = (i + 1) & mask;
            return i;
        }

        public override string Name
        {
            get { return GetName(handle); }
        }

        public override string Namespace
        {
            get { return GetNamespace(handle); }
        }

        // Nested types are Outer+Inner; a generic instance's FullName assembly-qualifies its
        // type arguments, its ToString() does not (as .NET spells them).
        public override string FullName
        {
            get { return GetFullName(handle); }
        }

        public override string ToString()
        {
            return GetDisplayName(handle);
        }

        public override Type BaseType
        {
            get
            {
                long parent = GetParent(handle);
                return parent == 0 ? null : RuntimeType.For(parent);
            }
        }

        protected override bool IsValueTypeImpl()
        {
            return (GetFlags(handle) & 1) != 0;
        }

        protected override bool IsArrayImpl()
        {
            return (GetFlags(handle) & 8) != 0;
        }

        protected override bool IsPrimitiveImpl()
        {
            return (GetFlags(handle) & 0x80) != 0;
        }

        protected override bool IsInterfaceImpl()
        {
            return (GetFlags(handle) & 2) != 0;
        }

        public override bool IsEnum
        {
            get { return (GetFlags(handle) & 0x40) != 0; }
        }

        public override bool IsAbstract
        {
            get { return (GetFlags(handle) & 6) != 0; }
        }

        public override Type GetElementType()
        {
            return IsArray ? RuntimeType.For(GetElement(handle)) : null;
        }

        public override bool IsGenericParameter
        {
            get { return (GetFlags(handle) & 0x200) != 0; }
        }

        // A generic type's parameter knows its type (a generic method's: null, ilc does not
        // record the method); other types do not record theirs (MemberInfo).
        public override Type DeclaringType
        {
            get
            {
                if (!IsGenericParameter)
                    return base.DeclaringType;
                long def = GetGenericDef(handle);
                return def == 0 ? null : RuntimeType.For(def);
            }
        }

        public override bool IsGenericType
        {
            get { return !IsGenericParameter && GetGenericCount(handle) >= 0; }
        }

        public override bool IsGenericTypeDefinition
        {
            get { return IsGenericType && GetGenericDef(handle) == handle; }
        }

        public override bool ContainsGenericParameters
        {
            get
            {
                if (IsGenericParameter)
                    return true;
                if (IsArray)
                    return GetElementType().ContainsGenericParameters;
                foreach (Type a in GetGenericArguments())
                    if (a.ContainsGenericParameters)
                        return true;
                return false;
            }
        }

        public override int GenericParameterPosition
        {
            get
            {
                if (!IsGenericParameter)
                    return base.GenericParameterPosition;
                return GetGenericCount(handle);
            }
        }

        public override Type GetGenericTypeDefinition()
        {
            if (!IsGenericType)
                return base.GetGenericTypeDefinition();
            return RuntimeType.For(GetGenericDef(handle));
        }

        public override Type[] GetGenericArguments()
        {
            if (!IsGenericType)
                return new Type[0];
            Type[] args = new Type[GetGenericCount(handle)];
            for (int i = 0; i < args.Length; i++)
                args[i] = RuntimeType.For(GetGenericArg(handle, i));
            return args;
        }

        // As Mono checks them: the arguments, their number; then the runtime makes the type
        // (an AOT executable has only the instances it was compiled with).
        internal Type Instantiate(Type[] typeArguments)
        {
            if (typeArguments == null)
                throw new ArgumentNullException("instantiation");
            long[] args = new long[typeArguments.Length];
            for (int i = 0; i < args.Length; i++)
            {
                RuntimeType a = typeArguments[i] as RuntimeType;
                if (typeArguments[i] == null)
                    throw new ArgumentNullException("instantiation");
                if (a == null)
                    throw new NotSupportedException("ilc cannot instantiate " + ToString() + " over " + typeArguments[i]);
                args[i] = a.handle;
            }
            if (args.Length != GetGenericCount(handle))
                throw new ArgumentException("The number of generic arguments provided doesn't equal the arity of the generic type definition.", "instantiation");
            long[] made = new long[1];
            string problem = MakeGeneric(handle, args, made);
            if (problem != null)
                throw new NotSupportedException("ilc cannot make " + problem);
            return RuntimeType.For(made[0]);
        }

        // The type's own custom attributes' records, then (inherit) its base types'.
        List<long[]> AttributeLevels(bool inherit)
        {
            List<long[]> levels = new List<long[]>();
            for (RuntimeType t = this; t != null; t = inherit ? (RuntimeType)t.BaseType : null)
            {
                long[] records = AttributeReader.Records(AttributeCount(t.handle), t.handle, 0);
                if (records == null)
                    throw new NotSupportedException("The custom attributes of " + t.FullName +
                                                    " are not available to reflection in this AOT executable (only the program's own types and their base types are).");
                levels.Add(records);
            }
            return levels;
        }

        public override object[] GetCustomAttributes(bool inherit)
        {
            return AttributeReader.Collect(AttributeLevels(inherit), null, FullName, typeof(object)); // Mono: object[]
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Collect(AttributeLevels(inherit), attributeType, FullName, attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            return AttributeReader.Defines(AttributeLevels(inherit), attributeType);
        }

        internal bool IsNullable
        {
            get { return IsValueType && GetFullName(handle).StartsWith("System.Nullable`1[", StringComparison.Ordinal); }
        }

        // Can a parameter of this type take value (not null)? A Nullable<T> takes a boxed T.
        internal bool Accepts(object value)
        {
            return IsInstance(IsNullable ? GetElement(handle) : handle, value);
        }

        static readonly string[] Primitives = {
            "System.Boolean", "System.Char", "System.SByte", "System.Byte", "System.Int16", "System.UInt16",
            "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double",
        };

        // For each of Primitives, those it widens to (their indexes), as Mono's binder
        // converts an argument or a field's value.
        static readonly string[] WidensTo = {
            " ", " 5 6 7 8 9 10 11 ", " 4 6 8 10 11 ", " 1 4 5 6 7 8 9 10 11 ", " 6 8 10 11 ",
            " 1 6 7 8 9 10 11 ", " 8 10 11 ", " 8 9 10 11 ", " 10 11 ", " 10 11 ", " 11 ", " ",
        };

        // Which of Primitives t is, an enum counting as its underlying type; -1 for others.
        static int PrimitiveIndex(RuntimeType t)
        {
            long h = t.IsEnum ? GetElement(t.handle) : t.handle;
            return (GetFlags(h) & 0x80) != 0 ? Array.IndexOf(Primitives, GetFullName(h)) : -1;
        }

        // value (which this type does not accept) as this type when Mono's binder would
        // convert it: a primitive or enum to a wider primitive or enum, an enum to and from its
        // underlying type. Null when it would not.
        internal object Widen(object value)
        {
            RuntimeType from = value.GetType() as RuntimeType;
            if (from == null || IsNullable)
                return null;
            int f = PrimitiveIndex(from), t = PrimitiveIndex(this);
            if (f <= 0 || t <= 0 || (f != t && WidensTo[f].IndexOf(" " + t + " ") < 0))
                return null;
            double d = 0;
            long l = 0;
            ulong u = 0;
            if (from.IsEnum)
                u = (ulong)(l = ((Enum)value).GetValue());
            else if (f == 1)
                u = (ulong)(l = (char)value);
            else if (f == 2)
                u = (ulong)(l = (sbyte)value);
            else if (f == 3)
                u = (ulong)(l = (byte)value);
            else if (f == 4)
                u = (ulong)(l = (short)value);
            else if (f == 5)
                u = (ulong)(l = (ushort)value);
            else if (f == 6)
                u = (ulong)(l = (int)value);
            else if (f == 7)
                u = (ulong)(l = (uint)value);
            else if (f == 8)
                u = (ulong)(l = (long)value);
            else if (f == 9)
                l = (long)(u = (ulong)value);
            else
                d = f == 10 ? (double)(float)value : (double)value;
            if (f < 10)
                d = f == 9 ? (double)u : (double)l;
            if (IsEnum)
                return Enum.ToObject(this, l);
            switch (t)
            {
                case 1: return (char)l;
                case 2: return (sbyte)l;
                case 3: return (byte)l;
                case 4: return (short)l;
                case 5: return (ushort)l;
                case 6: return (int)l;
                case 7: return (uint)l;
                case 8: return l;
                case 9: return u;
                case 10: return f == 9 ? (float)u : (float)d;
                default: return d;
            }
        }

        public override bool IsInstanceOfType(object o)
        {
            return IsInstance(handle, o);
        }

        public override bool IsAssignableFrom(Type c)
        {
            RuntimeType r = c as RuntimeType;
            return r != null && IsSubtype(r.handle, handle);
        }

        // Declared methods first, then those inherited: instance methods that are not private
        // (an override hides the method it overrides), and with FlattenHierarchy the public
        // and protected static ones. As on .NET, a request must name Instance or Static, and
        // Public or NonPublic, to find anything.
        internal MethodInfo[] ListMethods(BindingFlags flags)
        {
            List<MethodInfo> found = new List<MethodInfo>();
            List<int> overridden = new List<int>();
            bool inherited = false;
            for (RuntimeType t = this; t != null; t = (RuntimeType)t.BaseType)
            {
                int n = MethodCount(t.handle);
                if (n < 0)
                    throw new NotSupportedException("The methods of " + t.FullName +
                                                    " are not available to reflection in this AOT executable (only the program's own types and their base types are).");
                for (int i = 0; i < n; i++)
                {
                    RuntimeMethodInfo m = new RuntimeMethodInfo(MethodAt(t.handle, i), this);
                    int slot = m.Slot;
                    if (slot >= 0)
                    {
                        if (overridden.Contains(slot))
                            continue;
                        overridden.Add(slot);
                    }
                    if (!m.IsConstructor && Matches(m, flags, inherited))
                        found.Add(m);
                }
                if ((flags & BindingFlags.DeclaredOnly) != 0 || IsInterface)
                    break;
                inherited = true;
            }
            return found.ToArray();
        }

        // Declared fields first, then those inherited as ListMethods finds methods.
        internal FieldInfo[] ListFields(BindingFlags flags)
        {
            List<FieldInfo> found = new List<FieldInfo>();
            bool inherited = false;
            for (RuntimeType t = this; t != null; t = (RuntimeType)t.BaseType)
            {
                int n = FieldCount(t.handle);
                if (n < 0)
                    throw new NotSupportedException("The fields of " + t.FullName + " are not available to reflection in this AOT executable.");
                for (int i = 0; i < n; i++)
                {
                    RuntimeFieldInfo f = new RuntimeFieldInfo(FieldAt(t.handle, i), this);
                    if (MemberMatches(f.IsPublic, f.IsPrivate, f.IsStatic, flags, inherited))
                        found.Add(f);
                }
                if ((flags & BindingFlags.DeclaredOnly) != 0 || IsInterface)
                    break;
                inherited = true;
            }
            return found.ToArray();
        }

        // As Mono lists them: declared properties first, then inherited ones a derived
        // type's property of the same name and index count does not hide. A property is
        // public when an accessor is; static when its accessors are.
        internal PropertyInfo[] ListProperties(BindingFlags flags)
        {
            List<PropertyInfo> found = new List<PropertyInfo>();
            List<string> seen = new List<string>();
            bool inherited = false;
            for (RuntimeType t = this; t != null; t = (RuntimeType)t.BaseType)
            {
                int n = PropertyCount(t.handle);
                if (n < 0)
                    throw new NotSupportedException("The properties of " + t.FullName + " are not available to reflection in this AOT executable.");
                for (int i = 0; i < n; i++)
                {
                    RuntimePropertyInfo p = new RuntimePropertyInfo(PropertyAt(t.handle, i), this);
                    bool isPrivate = !p.IsPublic && (p.GetGetMethod(true) == null || p.GetGetMethod(true).IsPrivate) &&
                                     (p.GetSetMethod(true) == null || p.GetSetMethod(true).IsPrivate);
                    if (!MemberMatches(p.IsPublic, isPrivate, p.IsStatic, flags, inherited))
                        continue;
                    string key = p.Name + "/" + p.GetIndexParameters().Length;
                    if (seen.Contains(key))
                        continue;
                    seen.Add(key);
                    found.Add(p);
                }
                if ((flags & BindingFlags.DeclaredOnly) != 0 || IsInterface)
                    break;
                inherited = true;
            }
            return found.ToArray();
        }

        static bool MemberMatches(bool isPublic, bool isPrivate, bool isStatic, BindingFlags flags, bool inherited)
        {
            if (!((isPublic ? flags & BindingFlags.Public : flags & BindingFlags.NonPublic) != 0))
                return false;
            if (!((isStatic ? flags & BindingFlags.Static : flags & BindingFlags.Instance) != 0))
                return false;
            if (inherited && isPrivate)
                return false;
            return !inherited || !isStatic || (flags & BindingFlags.FlattenHierarchy) != 0;
        }

        // A type's own instance constructors (static constructors are not listed).
        internal ConstructorInfo[] ListConstructors(BindingFlags flags)
        {
            List<ConstructorInfo> found = new List<ConstructorInfo>();
            if ((flags & BindingFlags.Instance) == 0)
                return found.ToArray();
            int n = MethodCount(handle);
            if (n < 0)
                throw new NotSupportedException("The constructors of " + FullName +
                                                " are not available to reflection in this AOT executable (only the program's own types and their base types are).");
            for (int i = 0; i < n; i++)
            {
                RuntimeMethodInfo m = new RuntimeMethodInfo(MethodAt(handle, i), this);
                if (m.IsConstructor && ((m.IsPublic ? flags & BindingFlags.Public : flags & BindingFlags.NonPublic) != 0))
                    found.Add(new RuntimeConstructorInfo(m.handle, this));
            }
            return found.ToArray();
        }

        static bool Matches(MethodInfo m, BindingFlags flags, bool inherited)
        {
            if (!((m.IsPublic ? flags & BindingFlags.Public : flags & BindingFlags.NonPublic) != 0))
                return false;
            if (!((m.IsStatic ? flags & BindingFlags.Static : flags & BindingFlags.Instance) != 0))
                return false;
            if (inherited && m.IsPrivate)
                return false;
            return !inherited || !m.IsStatic || (flags & BindingFlags.FlattenHierarchy) != 0;
        }

        // RT_TYPE_VALUETYPE clear, or RT_TYPE_HAS_REFS set (ilrt.h).
        internal bool IsReferenceOrContainsReferences
        {
            get { return (GetFlags(handle) & 1) == 0 || (GetFlags(handle) & 32) != 0; }
        }

        public override bool Equals(object o)
        {
            RuntimeType other = o as RuntimeType;
            return other != null && other.handle == handle;
        }

        public override int GetHashCode()
        {
            return (int)handle ^ (int)(handle >> 32);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetNamespace(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetFullName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetDisplayName(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetParent(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetFlags(long handle);

        // An array's element type; an enum's underlying type; Nullable<T>'s T.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetElement(long handle);

        // How many methods of its own the type shows reflection (-1: none recorded).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int MethodCount(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long MethodAt(long handle, int i);

        // How many fields and properties of its own the type shows reflection (-1: none
        // recorded), and each one.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int FieldCount(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long FieldAt(long handle, int i);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int PropertyCount(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long PropertyAt(long handle, int i);

        // A zeroed instance: a value type's default, boxed; an object before its constructor.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object Allocate(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool IsInstance(long handle, object o);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool IsSubtype(long handle, long target);

        // How many custom attributes the type has (-1: none recorded), and each one.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int AttributeCount(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long AttributeAt(long handle, int i);

        // A generic type's definition (a definition's is itself; a parameter's, the type
        // declaring it), its number of arguments (-1: not generic; a parameter: its
        // position) and each argument.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetGenericDef(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetGenericCount(long handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetGenericArg(long handle, int i);

        // def<args> into made[0]; null, or what cannot be made and why.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string MakeGeneric(long def, long[] args, long[] made);

        // The type whose FullName without type arguments is `name` (0: none) in scope (0: the
        // program's assemblies, then corlib; 1: the program's; 2: corlib).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long FindType(string name, int scope, bool ignoreCase);

        // "prog, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null"
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ProgramAssembly();
    }

    // Handles are what ldtoken pushes. The runtime defines their contents: a
    // pointer-sized value (RtType*, field or method descriptor).
    public struct RuntimeTypeHandle
    {
        internal long value;
    }

    public struct RuntimeFieldHandle
    {
        internal long value;
    }

    // What ldtoken of a method pushes: the method's identity (its entry slot; its function
    // under AOT), the same for every ldtoken of that method.
    public struct RuntimeMethodHandle
    {
        internal long value;

        public IntPtr Value
        {
            get { return new IntPtr(value); }
        }

        public bool Equals(RuntimeMethodHandle handle)
        {
            return handle.value == value;
        }

        public override bool Equals(object obj)
        {
            return obj is RuntimeMethodHandle && Equals((RuntimeMethodHandle)obj);
        }

        public override int GetHashCode()
        {
            return value.GetHashCode();
        }

        public static bool operator ==(RuntimeMethodHandle left, RuntimeMethodHandle right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(RuntimeMethodHandle left, RuntimeMethodHandle right)
        {
            return !left.Equals(right);
        }
    }

    public struct RuntimeArgumentHandle
    {
        internal long value;
    }

    // What mkrefany makes (ECMA-335 III.4.19): the address, then the RtType* of its type.
    public struct TypedReference
    {
        internal long value;
        internal long type;

        public static Type GetTargetType(TypedReference value)
        {
            RuntimeTypeHandle h = new RuntimeTypeHandle();
            h.value = value.type;
            return Type.GetTypeFromHandle(h);
        }
    }

    // The values .NET gives them (there is no 17); nothing in corlib returns one yet.
    public enum TypeCode
    {
        Empty = 0,
        Object = 1,
        DBNull = 2,
        Boolean = 3,
        Char = 4,
        SByte = 5,
        Byte = 6,
        Int16 = 7,
        UInt16 = 8,
        Int32 = 9,
        UInt32 = 10,
        Int64 = 11,
        UInt64 = 12,
        Single = 13,
        Double = 14,
        Decimal = 15,
        DateTime = 16,
        String = 18,
    }
}

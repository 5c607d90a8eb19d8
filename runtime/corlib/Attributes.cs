// Attributes.cs — attribute classes that mcs emits or user programs name.
//
// Attribute's static methods read them through reflection (MemberInfo.GetCustomAttributes);
// the classes here are those user assemblies reference (CompilerGenerated on auto-property
// fields, RuntimeCompatibility on every assembly, Debuggable with -debug, ...).
using System.Runtime.InteropServices;

namespace System
{
    public abstract class Attribute
    {
        protected Attribute()
        {
        }

        public virtual bool IsDefaultAttribute()
        {
            return false;
        }

        public virtual bool Match(object obj)
        {
            return Equals(obj);
        }

        // The one attribute of attributeType on element; null when there is none,
        // AmbiguousMatchException when there are several.
        public static Attribute GetCustomAttribute(System.Reflection.MemberInfo element, Type attributeType)
        {
            return GetCustomAttribute(element, attributeType, true);
        }

        public static Attribute GetCustomAttribute(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            Attribute[] found = GetCustomAttributes(element, attributeType, inherit);
            if (found.Length == 0)
                return null;
            if (found.Length > 1)
                throw new System.Reflection.AmbiguousMatchException("Multiple custom attributes of the same type found.");
            return found[0];
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element)
        {
            return GetCustomAttributes(element, typeof(Attribute), true);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, bool inherit)
        {
            return GetCustomAttributes(element, typeof(Attribute), inherit);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, Type attributeType)
        {
            return GetCustomAttributes(element, attributeType, true);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null)
                throw new ArgumentNullException("element");
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            System.Reflection.RuntimePropertyInfo p = element as System.Reflection.RuntimePropertyInfo;
            object[] all = p != null && inherit
                               ? System.Reflection.AttributeReader.Collect(p.AttributeLevels(true), attributeType, p.Name, attributeType)
                               : element.GetCustomAttributes(attributeType, inherit);
            Attribute[] found = new Attribute[all.Length];
            for (int i = 0; i < all.Length; i++)
                found[i] = (Attribute)all[i];
            return found;
        }

        public static bool IsDefined(System.Reflection.MemberInfo element, Type attributeType)
        {
            return IsDefined(element, attributeType, true);
        }

        public static bool IsDefined(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null)
                throw new ArgumentNullException("element");
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            System.Reflection.RuntimePropertyInfo p = element as System.Reflection.RuntimePropertyInfo;
            if (p != null && inherit) // the static methods follow overridden properties
                return System.Reflection.AttributeReader.Defines(p.AttributeLevels(true), attributeType);
            return element.IsDefined(attributeType, inherit);
        }
    }

    [Flags]
    public enum AttributeTargets
    {
        Assembly = 1, Module = 2, Class = 4, Struct = 8, Enum = 16, Constructor = 32,
        Method = 64, Property = 128, Field = 256, Event = 512, Interface = 1024,
        Parameter = 2048, Delegate = 4096, ReturnValue = 8192, GenericParameter = 16384,
        All = 32767
    }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        private AttributeTargets validOn;
        private bool allowMultiple;
        private bool inherited = true;

        public AttributeUsageAttribute(AttributeTargets validOn)
        {
            this.validOn = validOn;
        }

        public AttributeTargets ValidOn
        {
            get { return validOn; }
        }

        public bool AllowMultiple
        {
            get { return allowMultiple; }
            set { allowMultiple = value; }
        }

        public bool Inherited
        {
            get { return inherited; }
            set { inherited = value; }
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute
    {
        public ParamArrayAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute
    {
        public FlagsAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate, Inherited = false)]
    public sealed class SerializableAttribute : Attribute
    {
        public SerializableAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class NonSerializedAttribute : Attribute
    {
        public NonSerializedAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public sealed class CLSCompliantAttribute : Attribute
    {
        private bool isCompliant;

        public CLSCompliantAttribute(bool isCompliant)
        {
            this.isCompliant = isCompliant;
        }

        public bool IsCompliant
        {
            get { return isCompliant; }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : Attribute
    {
        private string message;
        private bool error;

        public ObsoleteAttribute()
        {
        }

        public ObsoleteAttribute(string message)
        {
            this.message = message;
        }

        public ObsoleteAttribute(string message, bool error)
        {
            this.message = message;
            this.error = error;
        }

        public string Message
        {
            get { return message; }
        }

        public bool IsError
        {
            get { return error; }
        }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class STAThreadAttribute : Attribute
    {
        public STAThreadAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class MTAThreadAttribute : Attribute
    {
        public MTAThreadAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public class ThreadStaticAttribute : Attribute
    {
        public ThreadStaticAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    internal sealed class MonoTODOAttribute : Attribute
    {
    }
}

namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        private string conditionString;

        public ConditionalAttribute(string conditionString)
        {
            this.conditionString = conditionString;
        }

        public string ConditionString
        {
            get { return conditionString; }
        }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0,
            Default = 1,
            DisableOptimizations = 256,
            IgnoreSymbolStoreSequencePoints = 2,
            EnableEditAndContinue = 4
        }

        private DebuggingModes modes;

        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled)
        {
            if (isJITTrackingEnabled)
                modes = DebuggingModes.Default;
            if (isJITOptimizerDisabled)
                modes = modes | DebuggingModes.DisableOptimizations;
        }

        public DebuggableAttribute(DebuggingModes modes)
        {
            this.modes = modes;
        }

        public DebuggingModes DebuggingFlags
        {
            get { return modes; }
        }

        public bool IsJITTrackingEnabled
        {
            get { return (modes & DebuggingModes.Default) != 0; }
        }

        public bool IsJITOptimizerDisabled
        {
            get { return (modes & DebuggingModes.DisableOptimizations) != 0; }
        }
    }

    public enum DebuggerBrowsableState
    {
        Never = 0,
        Collapsed = 2,
        RootHidden = 3
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        private DebuggerBrowsableState state;

        public DebuggerBrowsableAttribute(DebuggerBrowsableState state)
        {
            this.state = state;
        }

        public DebuggerBrowsableState State
        {
            get { return state; }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Delegate | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        private string value;

        public DebuggerDisplayAttribute(string value)
        {
            this.value = value;
        }

        public string Value
        {
            get { return value; }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute
    {
        public DebuggerStepThroughAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute
    {
        public DebuggerHiddenAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute
    {
        public DebuggerNonUserCodeAttribute()
        {
        }
    }
}

namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        private string memberName;

        public DefaultMemberAttribute(string memberName)
        {
            this.memberName = memberName;
        }

        public string MemberName
        {
            get { return memberName; }
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute
    {
        public AssemblyTitleAttribute(string title)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDescriptionAttribute : Attribute
    {
        public AssemblyDescriptionAttribute(string description)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyProductAttribute : Attribute
    {
        public AssemblyProductAttribute(string product)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCopyrightAttribute : Attribute
    {
        public AssemblyCopyrightAttribute(string copyright)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCompanyAttribute : Attribute
    {
        public AssemblyCompanyAttribute(string company)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyConfigurationAttribute : Attribute
    {
        public AssemblyConfigurationAttribute(string configuration)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTrademarkAttribute : Attribute
    {
        public AssemblyTrademarkAttribute(string trademark)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCultureAttribute : Attribute
    {
        public AssemblyCultureAttribute(string culture)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyVersionAttribute : Attribute
    {
        public AssemblyVersionAttribute(string version)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFileVersionAttribute : Attribute
    {
        public AssemblyFileVersionAttribute(string version)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute
    {
        public AssemblyInformationalVersionAttribute(string informationalVersion)
        {
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        Unmanaged = 4,
        NoInlining = 8,
        ForwardRef = 16,
        Synchronized = 32,
        NoOptimization = 64,
        PreserveSig = 128,
        AggressiveInlining = 256,
        AggressiveOptimization = 512,
        InternalCall = 4096
    }

    public enum MethodCodeType
    {
        IL = 0,
        Native = 1,
        OPTIL = 2,
        Runtime = 3
    }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        private MethodImplOptions value;
        public MethodCodeType MethodCodeType;

        public MethodImplAttribute(MethodImplOptions methodImplOptions)
        {
            value = methodImplOptions;
        }

        public MethodImplAttribute(short value)
        {
            this.value = (MethodImplOptions)value;
        }

        public MethodImplAttribute()
        {
        }

        public MethodImplOptions Value
        {
            get { return value; }
        }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute
    {
        public CompilerGeneratedAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = false)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        private bool wrapNonExceptionThrows;

        public RuntimeCompatibilityAttribute()
        {
        }

        public bool WrapNonExceptionThrows
        {
            get { return wrapNonExceptionThrows; }
            set { wrapNonExceptionThrows = value; }
        }
    }

    public enum CompilationRelaxations
    {
        NoStringInterning = 8
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Method)]
    public class CompilationRelaxationsAttribute : Attribute
    {
        private int relaxations;

        public CompilationRelaxationsAttribute(int relaxations)
        {
            this.relaxations = relaxations;
        }

        public CompilationRelaxationsAttribute(CompilationRelaxations relaxations)
        {
            this.relaxations = (int)relaxations;
        }

        public int CompilationRelaxations
        {
            get { return relaxations; }
        }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExtensionAttribute : Attribute
    {
        public ExtensionAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName)
        {
        }
    }

    // mcs puts it on members and parameters whose type has named tuple elements,
    // `(int x, string name)`: the names, in the order the tuple types occur, null where
    // an element has none. The names exist only in metadata; at run time it is ValueTuple.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field |
                    AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
                    AttributeTargets.Event)]
    public sealed class TupleElementNamesAttribute : Attribute
    {
        private string[] transformNames;

        public TupleElementNamesAttribute(string[] transformNames)
        {
            if (transformNames == null)
                throw new ArgumentNullException("transformNames");
            this.transformNames = transformNames;
        }

        public System.Collections.Generic.IList<string> TransformNames
        {
            get { return transformNames; }
        }
    }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        private string assemblyName;

        public InternalsVisibleToAttribute(string assemblyName)
        {
            this.assemblyName = assemblyName;
        }

        public string AssemblyName
        {
            get { return assemblyName; }
        }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low)
        {
        }

        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FixedBufferAttribute : Attribute
    {
        private Type elementType;
        private int length;

        public FixedBufferAttribute(Type elementType, int length)
        {
            this.elementType = elementType;
            this.length = length;
        }

        public Type ElementType
        {
            get { return elementType; }
        }

        public int Length
        {
            get { return length; }
        }
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class UnsafeValueTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, Inherited = false, AllowMultiple = false)]
    public class StateMachineAttribute : Attribute
    {
        private Type stateMachineType;

        public StateMachineAttribute(Type stateMachineType)
        {
            this.stateMachineType = stateMachineType;
        }

        public Type StateMachineType
        {
            get { return stateMachineType; }
        }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class IteratorStateMachineAttribute : StateMachineAttribute
    {
        public IteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncStateMachineAttribute : StateMachineAttribute
    {
        public AsyncStateMachineAttribute(Type stateMachineType) : base(stateMachineType)
        {
        }
    }

    // A modreq marker on volatile fields; never instantiated.
    public static class IsVolatile
    {
    }

    // RuntimeHelpers.InitializeArray copies an array initializer's RVA data; the
    // importer expands it inline (only the frontend knows where field data lives).
    public static class RuntimeHelpers
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        public static int OffsetToStringData
        {
            get { return 12; }
        }

        public static object GetObjectValue(object obj)
        {
            return obj;
        }

        public static int GetHashCode(object o)
        {
            return object.InternalGetHashCode(o);
        }

        public static new bool Equals(object o1, object o2)
        {
            return (object)o1 == o2;
        }

        public static void EnsureSufficientExecutionStack()
        {
        }

        public static void PrepareConstrainedRegions()
        {
        }

        // True for a reference type, and for a value type with a reference anywhere in its
        // fields (what the GC must scan), as on .NET.
        public static bool IsReferenceOrContainsReferences<T>()
        {
            return ((RuntimeType)typeof(T)).IsReferenceOrContainsReferences;
        }
    }
}

namespace System.Runtime.InteropServices
{
    public enum LayoutKind
    {
        Sequential = 0,
        Explicit = 2,
        Auto = 3
    }

    public enum CharSet
    {
        None = 1,
        Ansi = 2,
        Unicode = 3,
        Auto = 4
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        private LayoutKind layoutKind;
        public int Pack;
        public int Size;
        public CharSet CharSet;

        public StructLayoutAttribute(LayoutKind layoutKind)
        {
            this.layoutKind = layoutKind;
        }

        public StructLayoutAttribute(short layoutKind)
        {
            this.layoutKind = (LayoutKind)layoutKind;
        }

        public LayoutKind Value
        {
            get { return layoutKind; }
        }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        private int offset;

        public FieldOffsetAttribute(int offset)
        {
            this.offset = offset;
        }

        public int Value
        {
            get { return offset; }
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute
    {
        public OutAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute
    {
        public InAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OptionalAttribute : Attribute
    {
        public OptionalAttribute()
        {
        }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = false)]
    public sealed class ComVisibleAttribute : Attribute
    {
        public ComVisibleAttribute(bool visibility)
        {
        }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = false)]
    public sealed class GuidAttribute : Attribute
    {
        public GuidAttribute(string guid)
        {
        }
    }
}

namespace System.Security
{
    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true)]
    public sealed class UnverifiableCodeAttribute : Attribute
    {
        public UnverifiableCodeAttribute()
        {
        }
    }
}

namespace System.Runtime.Versioning
{
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class TargetFrameworkAttribute : Attribute
    {
        private string frameworkName;
        private string frameworkDisplayName;

        public TargetFrameworkAttribute(string frameworkName)
        {
            this.frameworkName = frameworkName;
        }

        public string FrameworkName
        {
            get { return frameworkName; }
        }

        public string FrameworkDisplayName
        {
            get { return frameworkDisplayName; }
            set { frameworkDisplayName = value; }
        }
    }
}

// TypeInfo.cs — System.Reflection.TypeInfo and the extension methods that reach it
// (IntrospectionExtensions.GetTypeInfo) and attributes (CustomAttributeExtensions), the
// reflection surface of .NET's portable profiles that newer code and tests call. Every
// RuntimeType is a TypeInfo, so GetTypeInfo is a cast, as on .NET and Mono.
using System.Collections.Generic;

namespace System.Reflection
{
    public abstract class TypeInfo : Type
    {
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance |
                                      BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

        protected TypeInfo()
        {
        }

        public Type AsType()
        {
            return this;
        }

        public virtual IEnumerable<MethodInfo> DeclaredMethods
        {
            get { return GetMethods(Declared); }
        }

        // Null when none has the name; AmbiguousMatchException when several do.
        public virtual MethodInfo GetDeclaredMethod(string name)
        {
            return GetMethod(name, Declared);
        }

        public virtual IEnumerable<MethodInfo> GetDeclaredMethods(string name)
        {
            List<MethodInfo> found = new List<MethodInfo>();
            foreach (MethodInfo m in GetMethods(Declared))
                if (m.Name == name)
                    found.Add(m);
            return found;
        }
    }

    public static class IntrospectionExtensions
    {
        public static TypeInfo GetTypeInfo(this Type type)
        {
            if (type == null)
                throw new ArgumentNullException("type");
            return (TypeInfo)type;
        }
    }

    public static class CustomAttributeExtensions
    {
        // The one attribute of the type (inherited ones included); null when there is none,
        // AmbiguousMatchException when there are several.
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType)
        {
            if (element == null)
                throw new ArgumentNullException("element");
            if (attributeType == null)
                throw new ArgumentNullException("attributeType");
            object[] found = element.GetCustomAttributes(attributeType, true);
            if (found.Length == 0)
                return null;
            if (found.Length > 1)
                throw new AmbiguousMatchException("Multiple custom attributes of the same type found.");
            return (Attribute)found[0];
        }

        public static T GetCustomAttribute<T>(this MemberInfo element) where T : Attribute
        {
            return (T)GetCustomAttribute(element, typeof(T));
        }

        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType)
        {
            if (element == null)
                throw new ArgumentNullException("element");
            List<Attribute> list = new List<Attribute>();
            foreach (object a in element.GetCustomAttributes(attributeType, true))
                list.Add((Attribute)a);
            return list;
        }

        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element) where T : Attribute
        {
            if (element == null)
                throw new ArgumentNullException("element");
            List<T> list = new List<T>();
            foreach (object a in element.GetCustomAttributes(typeof(T), true))
                list.Add((T)a);
            return list;
        }

        public static bool IsDefined(this MemberInfo element, Type attributeType)
        {
            if (element == null)
                throw new ArgumentNullException("element");
            return element.IsDefined(attributeType, true);
        }
    }
}
